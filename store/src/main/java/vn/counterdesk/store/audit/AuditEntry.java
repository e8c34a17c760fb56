package vn.counterdesk.store.audit;

import java.time.Instant;

/**
 * One audit row. {@code subject} names what was touched by pseudonymous row ids (e.g. {@code person:42}),
 * never by name or ID number.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String purpose) {}
