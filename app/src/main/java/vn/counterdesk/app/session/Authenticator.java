package vn.counterdesk.app.session;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.clerk.Authentication;
import vn.counterdesk.store.clerk.ClerkRepository;
import vn.counterdesk.store.clerk.Role;

/**
 * Sign-in, unlock and the first admin account against the store's clerks, with the {@link SignInThrottle} in front.
 * Every method hashes a password (Argon2id, slow on purpose): call from a background task only. Password arrays
 * are zeroed.
 */
public final class Authenticator {

    /** Who creates the first account: nobody is signed in yet. */
    private static final AccessContext SETUP = new AccessContext("setup", "first start: admin account");

    private final Supplier<ClerkRepository> clerks;
    private final SignInThrottle throttle;

    /** {@code clerks} is asked on each use: the store behind it may be reopened after a settings change. */
    public Authenticator(Supplier<ClerkRepository> clerks, SignInThrottle throttle) {
        this.clerks = clerks;
        this.throttle = throttle;
    }

    public boolean needsSetup() {
        return !clerks.get().anyExists();
    }

    public SignInResult signIn(String login, char[] password) {
        try {
            Optional<java.time.Duration> wait = throttle.waitBefore(login);
            if (wait.isPresent()) {
                return new SignInResult.Throttled(wait.get());
            }
            return switch (clerks.get().check(login.strip(), password)) {
                case Authentication.Accepted accepted -> {
                    throttle.succeeded(login);
                    yield new SignInResult.SignedIn(new ClerkSession(accepted.clerk()));
                }
                // The password was right: no guessing to slow down, only an account to re-enable.
                case Authentication.Disabled disabled -> new SignInResult.Disabled();
                case Authentication.Rejected rejected -> {
                    int left = throttle.failed(login);
                    yield left == 0
                            ? new SignInResult.Throttled(
                                    throttle.waitBefore(login).orElse(java.time.Duration.ZERO))
                            : new SignInResult.WrongPassword(left);
                }
            };
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Unlocks only for the clerk who locked: another clerk's right password is a wrong password here. */
    public SignInResult unlock(ClerkSession locked, char[] password) {
        return signIn(locked.clerk().login(), password);
    }

    /** Creates the first admin; empty when an account exists already (set-up is over) or the login is taken. */
    public Optional<ClerkSession> createFirstAdmin(String login, String displayName, char[] password) {
        try {
            if (!needsSetup()) {
                return Optional.empty();
            }
            return clerks.get()
                    .create(SETUP, login.strip(), displayName.strip(), Role.ADMIN, password)
                    .map(ClerkSession::new);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
