package vn.counterdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window (under Xvfb in CI) and checks what a clerk sees first. */
@ExtendWith(ApplicationExtension.class)
class MainWindowIT {

    @Start
    void start(Stage stage) {
        MainView view = new MainView(Messages.bundle(Locale.ENGLISH), true);
        stage.setScene(new Scene(view.root(), 1024, 700));
        stage.show();
        view.refreshReaders();
    }

    @Test
    void showsTitleDemoBannerAndReaderStatus(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#app-title").queryAs(Label.class).getText()).isEqualTo("CounterDesk");
        assertThat(robot.lookup("#demo-banner").queryAs(Label.class).isVisible())
                .isTrue();

        Label status = robot.lookup("#reader-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status.getText().startsWith("Looking"));
        ListView<?> readers = robot.lookup("#reader-list").queryAs(ListView.class);
        // Either readers are listed or the message explains why there are none.
        assertThat(
                        readers.getItems().isEmpty()
                                ? status.getText()
                                : readers.getItems().toString())
                .matches("(?s).*(Virtual PCD|reader|PC/SC).*");
    }
}
