package vn.counterdesk.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.session.Authenticator;
import vn.counterdesk.app.session.ClerkSession;
import vn.counterdesk.app.session.CounterHost;
import vn.counterdesk.app.session.SignInThrottle;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;

/**
 * The whole app window: first-start set-up, sign-in, the counter of the signed-in clerk, the lock and the
 * settings. Only one of them is in the scene at a time, so nothing of the counter is on screen (or in the scene
 * graph) before sign-in or while locked. Any key or mouse use restarts the idle timer; Ctrl+L locks at once.
 */
public final class AppShell {

    private final StackPane root = new StackPane();
    private final CounterHost host;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Consumer<Path> openFile;
    private final Authenticator authenticator;
    private final SessionViewModel sessionModel;
    private final PauseTransition idle = new PauseTransition();
    private Scene scene;
    private Optional<ClerkSession> session = Optional.empty();
    private Optional<CounterWindow> counter = Optional.empty();
    private boolean locked;

    public AppShell(CounterHost host, TaskExecutor executor, I18n i18n, Duration idleLock, Consumer<Path> openFile) {
        this.host = host;
        this.executor = executor;
        this.i18n = i18n;
        this.openFile = openFile;
        this.authenticator = new Authenticator(host::clerks, new SignInThrottle(Clock.systemUTC()));
        this.sessionModel = new SessionViewModel(authenticator, executor);
        idle.setDuration(idleLock);
        idle.setOnFinished(e -> lock());
        root.setId("app-shell");
    }

    public Scene scene(double width, double height) {
        scene = new Scene(root, width, height);
        scene.getStylesheets()
                .add(CounterWindow.class.getResource(CounterWindow.STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.ANY, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        scene.addEventFilter(ScrollEvent.ANY, this::activity);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        executor.execute(BackgroundTask.of(p -> authenticator.needsSetup())
                .onSuccess(needsSetup -> {
                    if (needsSetup) {
                        showSetup();
                    } else {
                        showSignIn();
                    }
                })
                .onFailure(error -> showSignIn()));
        return scene;
    }

    /** How long the counter may sit unused before it locks (applied at once). */
    public void idleLock(Duration duration) {
        idle.setDuration(duration);
        if (session.isPresent() && !locked) {
            idle.playFromStart();
        }
    }

    public void stop() {
        idle.stop();
        counter.ifPresent(CounterWindow::stop);
    }

    private void activity(Event event) {
        if (session.isPresent() && !locked) {
            idle.playFromStart();
        }
    }

    private void showSetup() {
        sessionModel.clearMessage();
        show(new SetupView(sessionModel, i18n, this::signedIn).root());
    }

    private void showSignIn() {
        sessionModel.clearMessage();
        Label hint = Controls.label(i18n, "signin-demo-hint", "signin.demoHint");
        hint.setWrapText(true);
        Node[] extras = host.demo() ? new Node[] {hint} : new Node[0];
        SignInView view = new SignInView(sessionModel, i18n, this::signedIn, extras);
        show(view.root());
        view.focus();
    }

    private void signedIn(ClerkSession clerk) {
        session = Optional.of(clerk);
        locked = false;
        openCounter();
    }

    /** Builds the counter on the host's services (off the FX thread: it may open a key and a database). */
    private void openCounter() {
        ClerkSession clerk = session.orElseThrow();
        show(SessionForms.centred("counter-opening", Controls.label(i18n, "counter-opening-label", "signin.opening")));
        executor.execute(BackgroundTask.of(p -> host.services()).onSuccess(outcome -> {
            switch (outcome) {
                case CounterHost.ServicesOutcome.Ready ready -> {
                    CounterWindow window =
                            new CounterWindow(ready.services(), executor, i18n, clerk.access(), host.demo(), openFile);
                    window.addToHeader(clerkControls(clerk));
                    window.allowCorrections(c -> clerk.mayAdjustInvoices());
                    window.allowSyncRetry(clerk.mayRetrySync());
                    if (clerk.mayChangeSettings()) {
                        Tab tab = new Tab();
                        tab.setId("tab-settings");
                        tab.textProperty().bind(i18n.text("tab.settings"));
                        tab.setContent(settingsView().root());
                        window.addTab(tab);
                    }
                    if (clerk.mayManageClerks()) {
                        window.addTab(clerksTab(clerk));
                    }
                    counter = Optional.of(window);
                    show(window.root());
                    window.install(scene);
                    idle.playFromStart();
                }
                case CounterHost.ServicesOutcome.NotConfigured missing -> notConfigured(clerk, missing);
            }
        }));
    }

    /** The counter cannot open: an admin completes the settings, anyone else is told whom to ask. */
    private void notConfigured(ClerkSession clerk, CounterHost.ServicesOutcome.NotConfigured missing) {
        Label reason = new Label(i18n.format("settings.incomplete", missing.problem()));
        reason.setId("settings-incomplete");
        reason.setWrapText(true);
        reason.getStyleClass().addAll("message", "message-error");
        if (clerk.mayChangeSettings()) {
            javafx.scene.layout.BorderPane pane =
                    new javafx.scene.layout.BorderPane(settingsView().root());
            javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(10, reason);
            top.getChildren().addAll(clerkControls(clerk));
            top.setStyle("-fx-padding: 10;");
            pane.setTop(top);
            show(pane);
        } else {
            show(SessionForms.centred(
                    "not-configured",
                    reason,
                    Controls.label(i18n, "not-configured-ask", "settings.askAdmin"),
                    Controls.button(i18n, "sign-out", "session.signOut", this::signOut)));
        }
    }

    private Tab clerksTab(ClerkSession admin) {
        ClerksViewModel model = new ClerksViewModel(host::clerks, admin.clerk().login(), executor);
        model.load();
        Tab tab = new Tab();
        tab.setId("tab-clerks");
        tab.textProperty().bind(i18n.text("tab.clerks"));
        tab.setContent(new ClerksView(model, i18n).root());
        return tab;
    }

    private SettingsView settingsView() {
        SettingsViewModel model = new SettingsViewModel(host.dataDirectory(), executor);
        model.load();
        return new SettingsView(model, i18n, this::applySettings);
    }

    /** Language and lock time apply at once; seller, key, reader and T-VAN by reopening the counter's services. */
    private void applySettings(CounterSettings settings) {
        i18n.localeProperty()
                .set(new I18n(java.util.Locale.of(settings.counter().language())).locale());
        idleLock(Duration.minutes(settings.counter().idleLockMinutes()));
        if (host.demo()) {
            return;
        }
        closeCounter();
        executor.execute(BackgroundTask.of(p -> {
                    host.settingsChanged();
                    return true;
                })
                .onSuccess(done -> openCounter()));
    }

    private Node[] clerkControls(ClerkSession clerk) {
        Label who = new Label(clerk.clerk().displayName() + " (" + clerk.clerk().login() + ")");
        who.setId("clerk-name");
        Button lock = Controls.button(i18n, "lock-now", "session.lock", this::lock);
        Button out = Controls.button(i18n, "sign-out", "session.signOut", this::signOut);
        return new Node[] {who, lock, out};
    }

    /** Locks now (idle time reached, Ctrl+L or the lock button); does nothing before sign-in. */
    public void lock() {
        if (session.isEmpty() || locked) {
            return;
        }
        locked = true;
        idle.stop();
        counter.ifPresent(window -> window.uninstall(scene));
        sessionModel.clearMessage();
        LockView view = new LockView(sessionModel, i18n, session.get(), this::unlocked, this::signOut);
        show(view.root());
        view.focus();
    }

    private void unlocked(ClerkSession clerk) {
        locked = false;
        if (counter.isPresent()) {
            show(counter.get().root());
            counter.get().install(scene);
            idle.playFromStart();
        } else {
            openCounter();
        }
    }

    private void signOut() {
        closeCounter();
        session = Optional.empty();
        locked = false;
        idle.stop();
        showSignIn();
    }

    private void closeCounter() {
        counter.ifPresent(window -> {
            window.uninstall(scene);
            window.stop();
        });
        counter = Optional.empty();
    }

    private void show(Parent screen) {
        root.getChildren().setAll(screen);
    }
}
