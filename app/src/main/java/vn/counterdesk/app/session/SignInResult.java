package vn.counterdesk.app.session;

import java.time.Duration;

/** What a sign-in or unlock attempt came to; a wrong password is an expected outcome, not an exception. */
public sealed interface SignInResult {

    record SignedIn(ClerkSession session) implements SignInResult {}

    /** Login unknown or password wrong (the two are not told apart); {@code attemptsLeft} before the waiting. */
    record WrongPassword(int attemptsLeft) implements SignInResult {}

    /** Login and password are right, but an administrator has disabled the account. */
    record Disabled() implements SignInResult {}

    /** Too many wrong passwords: no check was made; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements SignInResult {}
}
