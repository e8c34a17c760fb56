package vn.counterdesk.store.outbox;

import vn.counterdesk.store.invoice.InvoiceStatus;

/** What recording an outcome did to the invoice's status. */
public sealed interface Transition {
    record Moved(InvoiceStatus from, InvoiceStatus to) implements Transition {}

    /** The outcome would move the invoice backwards or out of a final state (late or duplicate answer). */
    record Ignored(InvoiceStatus current) implements Transition {}

    record UnknownInvoice(long invoiceId) implements Transition {}
}
