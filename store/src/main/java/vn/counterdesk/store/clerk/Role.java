package vn.counterdesk.store.clerk;

/** What a clerk may do: CLERK serves customers, MANAGER also searches and reviews audit, ADMIN also manages clerks and privacy. */
public enum Role {
    CLERK,
    MANAGER,
    ADMIN
}
