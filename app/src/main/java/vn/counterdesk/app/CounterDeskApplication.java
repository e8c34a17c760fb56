package vn.counterdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.counterdesk.app.demo.DemoEnvironment;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.app.ui.CounterWindow;
import vn.counterdesk.app.ui.I18n;
import vn.counterdesk.store.audit.AccessContext;

/**
 * The JavaFX application. Demo mode builds the whole counter on the demo environment; without
 * {@code --demo} (no configured seller and key yet) it shows the reader status window.
 */
public final class CounterDeskApplication extends Application {

    /** The clerk demo mode runs as (sign-in is skipped in demo mode; the banner says so). */
    public static final AccessContext DEMO_CLERK = new AccessContext("demo-clerk", "counter service (demo)");

    private CounterServices services;
    private TaskExecutor executor;
    private CounterWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        StartupProbe.armOn(stage);
        boolean demo = getParameters().getRaw().contains("--demo");
        I18n i18n = new I18n(Locale.getDefault());
        stage.setTitle(i18n.get("app.title"));
        if (!demo) {
            MainView view = new MainView(Messages.bundle(i18n.locale()), false);
            stage.setScene(new Scene(view.root(), 1024, 700));
            stage.show();
            view.refreshReaders();
            return;
        }
        Path directory = getParameters().getNamed().containsKey("data-dir")
                ? Path.of(getParameters().getNamed().get("data-dir"))
                : AppPaths.dataDirectory(Optional.empty()).resolve("demo");
        services = DemoEnvironment.start(directory, Clock.systemDefaultZone());
        executor = new TaskExecutor(Platform::runLater);
        window = new CounterWindow(
                services,
                executor,
                i18n,
                DEMO_CLERK,
                true,
                file -> getHostServices().showDocument(file.toUri().toString()));
        stage.setScene(window.scene(1366, 768));
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (executor != null) {
            executor.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
