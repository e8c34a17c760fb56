package vn.counterdesk.invoice.numbering;

import java.util.HashMap;
import java.util.Map;

/** Gap-free numbering kept in memory; thread-safe. For tests and tools, not for issuing real invoices. */
public final class InMemoryInvoiceNumberAllocator implements InvoiceNumberAllocator {

    private final Map<InvoiceSeries, Long> last = new HashMap<>();

    @Override
    public synchronized long next(InvoiceSeries series) throws SeriesExhaustedException {
        long current = last.getOrDefault(series, 0L);
        if (current >= MAX_NUMBER) {
            throw new SeriesExhaustedException(series);
        }
        last.put(series, current + 1);
        return current + 1;
    }

    /** Continues a series that already used numbers up to {@code lastUsed} (e.g. migrated from another tool). */
    public synchronized void resume(InvoiceSeries series, long lastUsed) {
        if (lastUsed < 0 || lastUsed > MAX_NUMBER) {
            throw new IllegalArgumentException("last used number out of range");
        }
        last.put(series, lastUsed);
    }
}
