package vn.counterdesk.app.session;

import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.clerk.Clerk;
import vn.counterdesk.store.clerk.Role;

/**
 * The signed-in clerk: who the audit log names for every read and invoice, and what the role allows. Clerks serve
 * the counter and see invoices; managers also adjust and replace invoices, retry sync and see reports; admins also
 * change the settings and clerk accounts.
 */
public record ClerkSession(Clerk clerk) {

    public static final String PURPOSE = "counter service";

    public AccessContext access() {
        return new AccessContext(clerk.login(), PURPOSE);
    }

    public boolean mayAdjustInvoices() {
        return clerk.role() != Role.CLERK;
    }

    public boolean mayRetrySync() {
        return clerk.role() != Role.CLERK;
    }

    public boolean mayChangeSettings() {
        return clerk.role() == Role.ADMIN;
    }

    public boolean mayManageClerks() {
        return clerk.role() == Role.ADMIN;
    }
}
