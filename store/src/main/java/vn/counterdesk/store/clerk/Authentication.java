package vn.counterdesk.store.clerk;

/** A password check: only a caller who knows the right password learns that the account is disabled. */
public sealed interface Authentication {

    record Accepted(Clerk clerk) implements Authentication {}

    /** Login and password match, but an administrator has disabled the account. */
    record Disabled() implements Authentication {}

    /** Unknown login or wrong password (the two are not told apart). */
    record Rejected() implements Authentication {}
}
