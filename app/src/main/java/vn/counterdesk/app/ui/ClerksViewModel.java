package vn.counterdesk.app.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.clerk.AccountChange;
import vn.counterdesk.store.clerk.ClerkAccount;
import vn.counterdesk.store.clerk.ClerkRepository;
import vn.counterdesk.store.clerk.Role;

/**
 * The administrator's clerk accounts: list, add, change role, reset password, disable and enable. Input is checked
 * here (the message names the field); the store enforces own-account and last-admin rules. Argon2id hashing and all
 * store calls run as background tasks; password arrays are zeroed once used.
 */
final class ClerksViewModel {

    /** The fields a notice can point at; the view marks the named one as invalid. */
    enum Field {
        NONE,
        LOGIN,
        NAME,
        ROLE,
        PASSWORD,
        REPEAT,
        RESET_PASSWORD,
        RESET_REPEAT
    }

    /** A message as a bundle key with arguments (re-rendered on a language change); {@code problem} styles it. */
    record Notice(boolean problem, Field field, String key, Object... arguments) {
        static Notice problem(Field field, String key, Object... arguments) {
            return new Notice(true, field, key, arguments);
        }

        static Notice done(String key, Object... arguments) {
            return new Notice(false, Field.NONE, key, arguments);
        }
    }

    static final String PURPOSE = "clerk accounts";

    private final Supplier<ClerkRepository> clerks;
    private final AccessContext admin;
    private final TaskExecutor executor;
    private final ObservableList<ClerkAccount> accounts = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Optional<Notice>> notice = new SimpleObjectProperty<>(Optional.empty());

    /** {@code clerks} is asked on each use: the store behind it may be reopened after a settings change. */
    ClerksViewModel(Supplier<ClerkRepository> clerks, String adminLogin, TaskExecutor executor) {
        this.clerks = clerks;
        this.admin = new AccessContext(adminLogin, PURPOSE);
        this.executor = executor;
    }

    ObservableList<ClerkAccount> accounts() {
        return accounts;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    ObjectProperty<Optional<Notice>> noticeProperty() {
        return notice;
    }

    void load() {
        run(() -> clerks.get().list(), accounts::setAll);
    }

    void add(String login, String displayName, Optional<Role> role, char[] password, char[] repeated) {
        String cleanLogin = login.strip();
        Optional<Notice> problem = Optional.empty();
        if (cleanLogin.isEmpty()) {
            problem = Optional.of(Notice.problem(Field.LOGIN, "clerks.missing.login"));
        } else if (!cleanLogin.matches("[\\p{L}\\p{N}._-]{1,32}")) {
            problem = Optional.of(Notice.problem(Field.LOGIN, "clerks.badLogin"));
        } else if (displayName.isBlank()) {
            problem = Optional.of(Notice.problem(Field.NAME, "clerks.missing.name"));
        } else if (role.isEmpty()) {
            problem = Optional.of(Notice.problem(Field.ROLE, "clerks.missing.role"));
        } else {
            problem = passwordProblem(password, repeated, Field.PASSWORD, Field.REPEAT);
        }
        Arrays.fill(repeated, '\0');
        if (problem.isPresent()) {
            Arrays.fill(password, '\0');
            notice.set(problem);
            return;
        }
        run(
                zeroingAfter(
                        password,
                        () -> clerks.get().create(admin, cleanLogin, displayName.strip(), role.get(), password)),
                created -> {
                    if (created.isPresent()) {
                        notice.set(Optional.of(Notice.done("clerks.added", cleanLogin)));
                        load();
                    } else {
                        notice.set(Optional.of(Notice.problem(Field.LOGIN, "clerks.taken", cleanLogin)));
                    }
                });
    }

    void changeRole(ClerkAccount account, Role role) {
        change(() -> clerks.get().changeRole(admin, login(account), role), "clerks.roleChanged", account);
    }

    void setActive(ClerkAccount account, boolean active) {
        change(
                () -> clerks.get().setActive(admin, login(account), active),
                active ? "clerks.enabled" : "clerks.disabled",
                account);
    }

    void resetPassword(ClerkAccount account, char[] password, char[] repeated) {
        Optional<Notice> problem = passwordProblem(password, repeated, Field.RESET_PASSWORD, Field.RESET_REPEAT);
        Arrays.fill(repeated, '\0');
        if (problem.isPresent()) {
            Arrays.fill(password, '\0');
            notice.set(problem);
            return;
        }
        change(
                zeroingAfter(password, () -> clerks.get().resetPassword(admin, login(account), password)),
                "clerks.passwordReset",
                account);
    }

    private static Optional<Notice> passwordProblem(char[] password, char[] repeated, Field field, Field repeat) {
        if (password.length < SessionViewModel.MINIMUM_PASSWORD) {
            return Optional.of(Notice.problem(field, "clerks.tooShort", SessionViewModel.MINIMUM_PASSWORD));
        }
        if (!Arrays.equals(password, repeated)) {
            return Optional.of(Notice.problem(repeat, "clerks.mismatch"));
        }
        return Optional.empty();
    }

    private void change(Supplier<AccountChange> work, String doneKey, ClerkAccount account) {
        run(work, outcome -> {
            notice.set(Optional.of(
                    switch (outcome) {
                        case AccountChange.Done done -> Notice.done(doneKey, login(account));
                        case AccountChange.NotFound missing -> Notice.problem(Field.NONE, "clerks.notFound");
                        case AccountChange.OwnAccount own -> Notice.problem(Field.NONE, "clerks.ownAccount");
                        case AccountChange.LastAdmin last -> Notice.problem(Field.NONE, "clerks.lastAdmin");
                    }));
            load();
        });
    }

    /** Work that hashes a password; the array is zeroed when it is done, whatever the outcome. */
    private static <T> Supplier<T> zeroingAfter(char[] password, Supplier<T> work) {
        return () -> {
            try {
                return work.get();
            } finally {
                Arrays.fill(password, '\0');
            }
        };
    }

    private static String login(ClerkAccount account) {
        return account.clerk().login();
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> onSuccess) {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> work.get())
                .onSuccess(result -> {
                    busy.set(false);
                    onSuccess.accept(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    notice.set(Optional.of(Notice.problem(Field.NONE, "clerks.failed")));
                }));
    }
}
