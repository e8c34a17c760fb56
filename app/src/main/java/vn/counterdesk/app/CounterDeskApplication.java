package vn.counterdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.demo.DemoEnvironment;
import vn.counterdesk.app.session.ConfiguredHost;
import vn.counterdesk.app.session.CounterHost;
import vn.counterdesk.app.session.DemoHost;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.app.ui.AppShell;
import vn.counterdesk.app.ui.I18n;

/**
 * The JavaFX application: the counter on the data directory's store, reader, key and T-VAN (set-up first when
 * nothing is configured), or with {@code --demo} on the demo environment. Clerks sign in either way.
 */
public final class CounterDeskApplication extends Application {

    private TaskExecutor executor;
    private CounterHost host;
    private AppShell shell;

    @Override
    public void start(Stage stage) {
        boolean demo = getParameters().getRaw().contains("--demo");
        Map<String, String> named = getParameters().getNamed();
        Locale locale = Optional.ofNullable(named.get("lang"))
                .map(Locale::forLanguageTag)
                .orElse(Locale.getDefault());
        I18n i18n = new I18n(locale);
        stage.setTitle(i18n.get("app.title"));
        Path directory = named.containsKey("data-dir")
                ? Path.of(named.get("data-dir"))
                : AppPaths.dataDirectory(Optional.empty()).resolve(demo ? "demo" : "");
        executor = new TaskExecutor(Platform::runLater);
        Label opening = new Label(i18n.get("signin.opening"));
        opening.setId("app-opening");
        stage.setScene(new Scene(new StackPane(opening), 1366, 768));
        stage.show();
        // Opening the store (and, in demo mode, making cards and keys) is slow: never on the FX thread.
        executor.execute(BackgroundTask.of(p -> new Opened(
                        demo
                                ? DemoHost.on(DemoEnvironment.start(directory, Clock.systemDefaultZone()))
                                : ConfiguredHost.open(directory, System.getenv(), Clock.systemDefaultZone()),
                        idleMinutes(directory, demo)))
                .onSuccess(opened -> {
                    host = opened.host();
                    shell = new AppShell(
                            opened.host(),
                            executor,
                            i18n,
                            Duration.minutes(opened.idleMinutes()),
                            file -> getHostServices().showDocument(file.toUri().toString()));
                    Scene counter = shell.scene(1366, 768);
                    // Start-up is measured to the first frame a clerk can act on (sign-in), not the "opening" label.
                    StartupProbe.armOn(counter);
                    stage.setScene(counter);
                })
                .onFailure(error -> opening.setText(
                        error instanceof BadInput bad
                                ? i18n.format("app.cannotOpen", bad.getMessage())
                                : i18n.format("app.cannotOpen", error.getClass().getSimpleName()))));
    }

    private record Opened(CounterHost host, int idleMinutes) {}

    private static int idleMinutes(Path directory, boolean demo) {
        if (demo) {
            return CounterSettings.CounterPreferences.defaults().idleLockMinutes();
        }
        try {
            return CounterSettings.load(directory).counter().idleLockMinutes();
        } catch (BadInput e) {
            return CounterSettings.CounterPreferences.defaults().idleLockMinutes();
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
        if (executor != null) {
            executor.close();
        }
        if (host != null) {
            host.close();
        }
    }
}
