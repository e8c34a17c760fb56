package vn.counterdesk.sync.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.counterdesk.sync.tdiep.MessageId;

/**
 * One invoice in the outbox as the engine sees it. {@code invoice} is the signed {@code HDon} as
 * issued; {@code envelope} the serialised TDiep sent (and resent) under {@code messageId}.
 */
public record OutboxEntry(
        String invoiceId,
        String taxCode,
        SyncStatus status,
        byte[] invoice,
        Optional<MessageId> messageId,
        Optional<byte[]> envelope,
        int attempts,
        Instant nextAttemptAt) {

    public OutboxEntry {
        Objects.requireNonNull(invoiceId);
        Objects.requireNonNull(taxCode);
        Objects.requireNonNull(status);
        invoice = invoice.clone();
        Objects.requireNonNull(messageId);
        envelope = envelope.map(byte[]::clone);
        Objects.requireNonNull(nextAttemptAt);
    }

    @Override
    public byte[] invoice() {
        return invoice.clone();
    }

    @Override
    public Optional<byte[]> envelope() {
        return envelope.map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + invoiceId + " " + status + " "
                + messageId.map(MessageId::value).orElse("-") + "]";
    }
}
