package vn.counterdesk.store.clerk;

/** What an administrator's change to a clerk account came to; a refusal is an expected outcome, not an exception. */
public sealed interface AccountChange {

    record Done(ClerkAccount account) implements AccountChange {}

    /** No account has this login. */
    record NotFound() implements AccountChange {}

    /** An administrator may not disable or demote their own account (they would lock themselves out). */
    record OwnAccount() implements AccountChange {}

    /** The change would leave the counter without an active administrator. */
    record LastAdmin() implements AccountChange {}
}
