package vn.counterdesk.store.outbox;

import java.time.Instant;
import java.util.Optional;
import vn.counterdesk.store.invoice.InvoiceStatus;

/**
 * Where one invoice stands in the outbox, without its documents: what a sync panel lists. {@code lastError} is
 * the engine's transport failure kind (never an upstream body, never personal data).
 */
public record OutboxState(
        long invoiceId, InvoiceStatus status, int attempts, Instant nextAttemptAt, Optional<String> lastError) {}
