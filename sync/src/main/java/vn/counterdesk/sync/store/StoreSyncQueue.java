package vn.counterdesk.sync.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceDocument;
import vn.counterdesk.store.invoice.InvoiceStatus;
import vn.counterdesk.store.outbox.AttemptOutcome;
import vn.counterdesk.store.outbox.OutboxState;
import vn.counterdesk.store.outbox.Transition;
import vn.counterdesk.sync.engine.OutboxEntry;
import vn.counterdesk.sync.engine.SyncCounts;
import vn.counterdesk.sync.engine.SyncQueue;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.sync.tdiep.MessageId;
import vn.counterdesk.sync.tdiep.NetworkXml;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.tdiep.TDiepWriter;

/**
 * The engine's {@link SyncQueue} over the store's outbox. The store enqueues every invoice in the issuing
 * transaction with its MTDiep already fixed, so there is no ISSUED step here: the 200 envelope is rebuilt on
 * each claim from that MTDiep and the stored signed XML, which gives the same bytes on every resend (the header
 * carries no clock). Status rules are the store's ({@code Outbox#record} ignores backward moves); the answer
 * cursor lives in a small file beside the database because a re-read page is harmless.
 */
public final class StoreSyncQueue implements SyncQueue {

    static final String CURSOR_FILE = "sync-answer-cursor.txt";
    private static final AccessContext SYNC = new AccessContext("sync-engine", "upstream-sync");

    private final CounterStore store;
    private final Envelopes envelopes;
    private final String sellerTaxCode;
    private final Path cursorFile;

    /**
     * @param sellerTaxCode the MST put in the envelope header (one counter issues for one seller)
     */
    public StoreSyncQueue(CounterStore store, Envelopes envelopes, String sellerTaxCode) {
        this.store = Objects.requireNonNull(store);
        this.envelopes = Objects.requireNonNull(envelopes);
        this.sellerTaxCode = Objects.requireNonNull(sellerTaxCode);
        this.cursorFile = store.file().resolveSibling(CURSOR_FILE);
    }

    /** Invoices enter the outbox only through {@code InvoiceRepository.issue}; this port is not used. */
    @Override
    public void addIssued(String invoiceId, String taxCode, byte[] signedInvoice, Instant now) {
        throw new UnsupportedOperationException("issue invoices through the store's InvoiceRepository");
    }

    /** Always empty: the store enqueues with the MTDiep fixed, so nothing waits for an envelope. */
    @Override
    public List<OutboxEntry> issued(int limit) {
        return List.of();
    }

    @Override
    public boolean markQueued(String invoiceId, MessageId messageId, byte[] envelope, Instant now) {
        return false;
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int limit) {
        Duration lease = Duration.between(now, leaseUntil);
        return store.outbox().claimDue(SYNC, limit, lease).stream()
                .map(entry -> toEngineEntry(entry, now))
                .toList();
    }

    @Override
    public void recordFailure(String invoiceId, String reason, Instant retryAt) {
        store.outbox().record(Long.parseLong(invoiceId), new AttemptOutcome.Failed(reason, retryAt));
    }

    @Override
    public boolean acknowledge(MessageId messageId, Instant answerDueBy) {
        return invoiceOf(messageId)
                .map(entry -> entry.status() == InvoiceStatus.ACKNOWLEDGED
                        // A resend was acknowledged again: only the answer deadline moves (the store keeps the
                        // state and reschedules on a failed-attempt record).
                        ? recordIgnoringResult(
                                entry.invoiceId(), new AttemptOutcome.Failed("answer overdue", answerDueBy))
                        : moved(store.outbox().record(entry.invoiceId(), new AttemptOutcome.Acknowledged(answerDueBy))))
                .orElse(false);
    }

    @Override
    public boolean markCoded(MessageId messageId, String taxAuthorityCode, byte[] codedInvoice, Instant now) {
        return invoiceOf(messageId)
                .map(entry -> moved(store.outbox()
                        .record(entry.invoiceId(), new AttemptOutcome.Coded(taxAuthorityCode, codedInvoice))))
                .orElse(false);
    }

    @Override
    public boolean markRejected(MessageId messageId, List<ErrorItem> errors, Instant now) {
        List<String> described =
                errors.stream().map(e -> e.code() + ": " + e.description()).toList();
        return invoiceOf(messageId)
                .map(entry -> moved(store.outbox().record(entry.invoiceId(), new AttemptOutcome.Rejected(described))))
                .orElse(false);
    }

    @Override
    public Optional<OutboxEntry> findByMessageId(MessageId messageId) {
        return invoiceOf(messageId).map(entry -> toEngineEntry(entry, Instant.now()));
    }

    /** The entry with its real next attempt time (what a clerk sees), not the claim time. */
    @Override
    public Optional<OutboxEntry> find(String invoiceId) {
        return parseId(invoiceId)
                .flatMap(id -> store.outbox()
                        .find(id)
                        .map(entry -> toEngineEntry(
                                entry,
                                store.outbox()
                                        .stateOf(id)
                                        .map(OutboxState::nextAttemptAt)
                                        .orElseGet(Instant::now))));
    }

    /** Entries in the given states, longest waiting first: what a sync panel lists (failing, rejected). */
    public List<OutboxEntry> withStatus(Set<SyncStatus> statuses, int limit) {
        Set<InvoiceStatus> states =
                statuses.stream().map(s -> InvoiceStatus.valueOf(s.name())).collect(Collectors.toSet());
        return store.outbox().inStates(states, limit).stream()
                .flatMap(state -> find(String.valueOf(state.invoiceId())).stream())
                .toList();
    }

    /** Why the last attempt failed in transport (the engine records kinds, never bodies or personal data). */
    public Optional<String> lastFailure(String invoiceId) {
        return parseId(invoiceId).flatMap(store.outbox()::stateOf).flatMap(OutboxState::lastError);
    }

    /** A clerk's "retry now" of one failing invoice (same MTDiep); {@code false} when it is not failing. */
    public boolean retryNow(AccessContext clerk, String invoiceId) {
        return parseId(invoiceId).map(id -> store.outbox().retryNow(clerk, id)).orElse(false);
    }

    /** {@link #retryNow} for every failing invoice; returns how many. */
    public int retryAllFailing(AccessContext clerk) {
        return store.outbox().retryAllFailing(clerk);
    }

    /** The MCCQT of the coded invoice the store kept (it was verified before it was stored). */
    @Override
    public Optional<String> taxAuthorityCode(String invoiceId) {
        return codedInvoice(invoiceId).flatMap(StoreSyncQueue::authorityCodeIn);
    }

    @Override
    public Optional<byte[]> codedInvoice(String invoiceId) {
        return document(invoiceId).flatMap(InvoiceDocument::codedXml);
    }

    @Override
    public List<ErrorItem> errors(String invoiceId) {
        return document(invoiceId)
                .map(doc -> doc.rejectionErrors().stream()
                        .map(StoreSyncQueue::errorItem)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public String answerCursor() {
        try {
            return Files.exists(cursorFile)
                    ? Files.readString(cursorFile, StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void saveAnswerCursor(String cursor) {
        try {
            Path temporary = cursorFile.resolveSibling(CURSOR_FILE + ".tmp");
            Files.writeString(temporary, cursor, StandardCharsets.UTF_8);
            Files.move(temporary, cursorFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SyncCounts counts() {
        Map<SyncStatus, Long> byStatus = new EnumMap<>(SyncStatus.class);
        store.outbox().countsByStatus().forEach((status, count) -> byStatus.put(toSyncStatus(status), count));
        return new SyncCounts(byStatus, store.outbox().oldestUnsynced());
    }

    private Optional<vn.counterdesk.store.outbox.OutboxEntry> invoiceOf(MessageId messageId) {
        return store.outbox().findByMessageId(messageId.value());
    }

    private OutboxEntry toEngineEntry(vn.counterdesk.store.outbox.OutboxEntry entry, Instant now) {
        Optional<MessageId> messageId = MessageId.parse(entry.messageId());
        Optional<byte[]> envelope =
                messageId.map(id -> TDiepWriter.write(envelopes.codedInvoice(sellerTaxCode, entry.signedXml(), id)));
        return new OutboxEntry(
                String.valueOf(entry.invoiceId()),
                sellerTaxCode,
                toSyncStatus(entry.status()),
                entry.signedXml(),
                messageId,
                envelope,
                entry.attempts(),
                now);
    }

    private Optional<InvoiceDocument> document(String invoiceId) {
        return parseId(invoiceId).flatMap(id -> store.invoices().document(SYNC, id));
    }

    private static Optional<String> authorityCodeIn(byte[] codedXml) {
        try {
            var codes = NetworkXml.parse(codedXml).getElementsByTagName("MCCQT");
            return codes.getLength() == 1
                    ? Optional.of(codes.item(0).getTextContent().strip())
                    : Optional.empty();
        } catch (TDiepParseException e) {
            return Optional.empty();
        }
    }

    private boolean recordIgnoringResult(long invoiceId, AttemptOutcome outcome) {
        store.outbox().record(invoiceId, outcome);
        return false;
    }

    private static boolean moved(Transition transition) {
        return transition instanceof Transition.Moved;
    }

    private static SyncStatus toSyncStatus(InvoiceStatus status) {
        return SyncStatus.valueOf(status.name());
    }

    private static ErrorItem errorItem(String stored) {
        int colon = stored.indexOf(": ");
        return colon < 0
                ? ErrorItem.of(stored, "")
                : ErrorItem.of(stored.substring(0, colon), stored.substring(colon + 2));
    }

    private static Optional<Long> parseId(String invoiceId) {
        try {
            return Optional.of(Long.parseLong(invoiceId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
