package vn.counterdesk.app;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window on the FX thread and nothing slow there. */
public final class CounterDeskApplication extends Application {

    @Override
    public void start(Stage stage) {
        boolean demo = getParameters().getRaw().contains("--demo");
        ResourceBundle messages = Messages.bundle(Locale.getDefault());
        MainView view = new MainView(messages, demo);
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
        view.refreshReaders();
    }
}
