package vn.counterdesk.store.clerk;

/** A counter user. */
public record Clerk(long id, String login, String displayName, Role role) {}
