package vn.counterdesk.invoice.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code TTChung/TTHDLQuan}: the invoice this one replaces or adjusts (no cancellation since 1 Jun 2025).
 * One related invoice is named by form/symbol/number/date; several by the list 01/BK-ĐCTT.
 */
public record RelatedInvoice(
        Relation relation,
        Optional<Integer> relatedType,
        Optional<String> form,
        Optional<String> symbol,
        Optional<String> number,
        Optional<LocalDate> issueDate,
        Optional<String> note,
        Optional<String> listNumber,
        Optional<LocalDate> listDate) {

    /** {@code TCHDon}. */
    public enum Relation {
        REPLACEMENT(1),
        ADJUSTMENT(2);

        private final int code;

        Relation(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Optional<Relation> ofCode(int code) {
            return code == 1 ? Optional.of(REPLACEMENT) : code == 2 ? Optional.of(ADJUSTMENT) : Optional.empty();
        }
    }

    /** {@code LHDCLQuan} 1: the related invoice is an e-invoice under Decree 123. */
    public static final int E_INVOICE_DECREE_123 = 1;

    public RelatedInvoice {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(relatedType, "relatedType");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(listNumber, "listNumber");
        Objects.requireNonNull(listDate, "listDate");
    }

    /** One Decree-123 e-invoice adjusted or replaced by this one. */
    public static RelatedInvoice of(
            Relation relation, String form, String symbol, long number, LocalDate issueDate, String note) {
        return new RelatedInvoice(
                relation,
                Optional.of(E_INVOICE_DECREE_123),
                Optional.of(form),
                Optional.of(symbol),
                Optional.of(Long.toString(number)),
                Optional.of(issueDate),
                Optional.of(note),
                Optional.empty(),
                Optional.empty());
    }
}
