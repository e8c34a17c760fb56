package vn.counterdesk.app.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.sync.tdiep.ErrorItem;

/**
 * One invoice as the sync engine knows it, for the sync panel and the invoice detail: where it stands,
 * how often it was tried, why it failed (transport) or was refused (the tax authority's 204 errors), and
 * its code once granted. No personal data: the invoice is named by symbol and number only.
 *
 * @param queueKey the sync queue's key
 * @param invoiceId the store's invoice id, when the key names one
 */
public record SyncEntry(
        String queueKey,
        OptionalLong invoiceId,
        String symbol,
        long number,
        SyncStatus status,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastFailure,
        List<ErrorItem> errors,
        Optional<String> authorityCode) {

    public SyncEntry {
        errors = List.copyOf(errors);
    }

    /** The reason a clerk reads: the authority's errors for a rejection, else the last transport failure. */
    public String reason() {
        if (!errors.isEmpty()) {
            return String.join(
                    "; ",
                    errors.stream()
                            .map(e -> e.description()
                                    + e.howToFix().map(fix -> " — " + fix).orElse("") + " [" + e.code() + "]")
                            .toList());
        }
        return lastFailure.orElse("");
    }
}
