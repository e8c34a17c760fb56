package vn.counterdesk.app.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.counterdesk.app.session.Authenticator;
import vn.counterdesk.app.session.ClerkSession;
import vn.counterdesk.app.session.SignInResult;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;

/**
 * Sign-in, first-start set-up and unlock. Argon2id takes a noticeable moment on purpose, so every check runs as a
 * background task; the screens show "checking…" and keep their fields disabled meanwhile.
 */
final class SessionViewModel {

    /** A message to show: a bundle key and its arguments, so it re-renders when the language changes. */
    record Message(String key, Object... arguments) {}

    static final int MINIMUM_PASSWORD = 8;

    private final Authenticator authenticator;
    private final TaskExecutor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Optional<Message>> message = new SimpleObjectProperty<>(Optional.empty());

    SessionViewModel(Authenticator authenticator, TaskExecutor executor) {
        this.authenticator = authenticator;
        this.executor = executor;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    ObjectProperty<Optional<Message>> messageProperty() {
        return message;
    }

    void clearMessage() {
        message.set(Optional.empty());
    }

    void signIn(String login, char[] password, Consumer<ClerkSession> signedIn) {
        if (login.isBlank() || password.length == 0) {
            Arrays.fill(password, '\0');
            message.set(Optional.of(new Message("signin.empty")));
            return;
        }
        check(p -> authenticator.signIn(login, password), signedIn);
    }

    void unlock(ClerkSession locked, char[] password, Consumer<ClerkSession> unlocked) {
        check(p -> authenticator.unlock(locked, password), unlocked);
    }

    void createAdmin(
            String login, String displayName, char[] password, char[] repeated, Consumer<ClerkSession> created) {
        Optional<Message> problem = Optional.empty();
        if (login.isBlank() || displayName.isBlank()) {
            problem = Optional.of(new Message("setup.missing"));
        } else if (password.length < MINIMUM_PASSWORD) {
            problem = Optional.of(new Message("setup.tooShort", MINIMUM_PASSWORD));
        } else if (!Arrays.equals(password, repeated)) {
            problem = Optional.of(new Message("setup.mismatch"));
        }
        Arrays.fill(repeated, '\0');
        if (problem.isPresent()) {
            Arrays.fill(password, '\0');
            message.set(problem);
            return;
        }
        run(p -> authenticator.createFirstAdmin(login, displayName, password), made -> {
            if (made.isPresent()) {
                created.accept(made.get());
            } else {
                message.set(Optional.of(new Message("setup.exists")));
            }
        });
    }

    private void check(BackgroundTask.Work<SignInResult> work, Consumer<ClerkSession> onSuccess) {
        run(work, result -> {
            switch (result) {
                case SignInResult.SignedIn signedIn -> onSuccess.accept(signedIn.session());
                case SignInResult.WrongPassword wrong ->
                    message.set(Optional.of(new Message("signin.wrong", wrong.attemptsLeft())));
                case SignInResult.Disabled disabled -> message.set(Optional.of(new Message("signin.disabled")));
                case SignInResult.Throttled throttled ->
                    message.set(Optional.of(new Message(
                            "signin.throttled",
                            Math.max(1, throttled.retryAfter().toSeconds()))));
            }
        });
    }

    private <T> void run(BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        message.set(Optional.of(new Message("signin.checking")));
        executor.execute(BackgroundTask.of(work)
                .onSuccess(result -> {
                    busy.set(false);
                    message.set(Optional.empty());
                    onSuccess.accept(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(Optional.of(new Message("signin.failed")));
                }));
    }
}
