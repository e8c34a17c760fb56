package vn.counterdesk.store.clerk;

/** A clerk as the accounts screen lists it: who, which role, and whether the account may sign in. */
public record ClerkAccount(Clerk clerk, boolean active) {}
