package vn.counterdesk.invoice.numbering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.counterdesk.invoice.format.CodeLists;

/**
 * {@code KHHDon}, the 6-character invoice symbol (Circular 32/2025 Art. 5.1.b, spec §3.2): {@code C}/{@code K}
 * (coded by the tax authority or not), the last two digits of the issue year, the type letter ({@code T},
 * {@code M} for cash registers, …) and two letters chosen by the seller ({@code YY} when not needed).
 */
public record InvoiceSymbol(boolean coded, int year, char typeLetter, String sellerLetters) {

    public static final char CASH_REGISTER = 'M';

    public InvoiceSymbol {
        if (year < 0 || year > 99) {
            throw new IllegalArgumentException("year must be two digits");
        }
        Objects.requireNonNull(sellerLetters, "sellerLetters");
        if (!sellerLetters.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("seller letters must be two upper-case letters A-Z");
        }
        if (typeLetter < 'A' || typeLetter > 'Z') {
            throw new IllegalArgumentException("type letter must be an upper-case letter");
        }
    }

    /** The symbol for invoices issued on {@code issueDate}: the year digits come from the date. */
    public static InvoiceSymbol forIssueDate(
            boolean coded, LocalDate issueDate, char typeLetter, String sellerLetters) {
        return new InvoiceSymbol(coded, issueDate.getYear() % 100, typeLetter, sellerLetters);
    }

    /** Parses and checks a symbol against a version's letters; a wrong symbol is a value, not an exception. */
    public static Parsed parse(String text, CodeLists codes) {
        if (text == null || !codes.symbolPattern().matcher(text).matches()) {
            return new Parsed.Invalid("symbol must match C|K + 2-digit year + one of " + codes.symbolLetters()
                    + " + two letters A-Z, e.g. C25TAA");
        }
        return new Parsed.Valid(new InvoiceSymbol(
                text.charAt(0) == 'C', Integer.parseInt(text.substring(1, 3)), text.charAt(3), text.substring(4)));
    }

    /** Result of {@link #parse}. */
    public sealed interface Parsed {
        record Valid(InvoiceSymbol symbol) implements Parsed {}

        record Invalid(String reason) implements Parsed {}

        default Optional<InvoiceSymbol> valid() {
            return this instanceof Valid v ? Optional.of(v.symbol()) : Optional.empty();
        }
    }

    public boolean matchesYearOf(LocalDate issueDate) {
        return issueDate.getYear() % 100 == year;
    }

    public boolean cashRegister() {
        return typeLetter == CASH_REGISTER;
    }

    public String text() {
        return (coded ? "C" : "K") + String.format("%02d", year) + typeLetter + sellerLetters;
    }

    @Override
    public String toString() {
        return text();
    }
}
