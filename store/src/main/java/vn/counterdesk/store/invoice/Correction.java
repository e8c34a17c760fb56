package vn.counterdesk.store.invoice;

import java.util.Objects;

/**
 * One issued invoice corrected by another (einvoice.md §9.5): {@code correctionId} replaces or adjusts
 * {@code originalId}. The legal reference is in the correction's signed XML; this is its index.
 */
public record Correction(long originalId, long correctionId, Kind kind) {

    /** What the correction did to the original. */
    public enum Kind {
        REPLACED,
        ADJUSTED
    }

    public Correction {
        Objects.requireNonNull(kind, "kind");
    }
}
