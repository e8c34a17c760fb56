package vn.counterdesk.invoice.numbering;

/**
 * Hands out invoice numbers ({@code SHDon}): 1, 2, 3 … per series, without gaps or repeats, at most 8 digits.
 * The durable implementation lives in {@code store} (one SQLite transaction per allocation); this module ships
 * {@link InMemoryInvoiceNumberAllocator} for tests and tools.
 */
public interface InvoiceNumberAllocator {

    long MAX_NUMBER = 99_999_999L;

    /**
     * The next number of {@code series}.
     *
     * @throws SeriesExhaustedException when the series already used {@link #MAX_NUMBER}; a new symbol is needed
     */
    long next(InvoiceSeries series) throws SeriesExhaustedException;

    /** Thrown when a series has no 8-digit number left. */
    final class SeriesExhaustedException extends Exception {
        public SeriesExhaustedException(InvoiceSeries series) {
            super("series " + series.form() + series.symbol().text() + " has used all 8-digit numbers");
        }
    }
}
