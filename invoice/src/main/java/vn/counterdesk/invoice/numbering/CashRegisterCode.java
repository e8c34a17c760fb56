package vn.counterdesk.invoice.numbering;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 23-character {@code MCCQT} of a cash-register (MTT) invoice, generated locally at sale time (Decision
 * 1271 Part I, spec §3.5): {@code M} ‖ form digit ‖ {@code -} ‖ 2-digit year ‖ {@code -} ‖ 5-character string
 * issued once by the tax authority ‖ {@code -} ‖ 11 digits unique across the seller's cash registers.
 * Example: {@code M2-25-A1B2C-00001234567}.
 */
public record CashRegisterCode(int form, int year, String authorityString, long counter) {

    public static final int LENGTH = 23;
    public static final long MAX_COUNTER = 99_999_999_999L;

    private static final Pattern FORMAT = Pattern.compile("M([1-9])-([0-9]{2})-([A-Z0-9]{5})-([0-9]{11})");

    public CashRegisterCode {
        if (form < 1 || form > 9) {
            throw new IllegalArgumentException("form digit must be 1-9");
        }
        if (year < 0 || year > 99) {
            throw new IllegalArgumentException("year must be two digits");
        }
        Objects.requireNonNull(authorityString, "authorityString");
        if (!authorityString.matches("[A-Z0-9]{5}")) {
            throw new IllegalArgumentException("the tax authority's string must be 5 characters A-Z/0-9");
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("counter must fit 11 digits");
        }
    }

    public static Optional<CashRegisterCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CashRegisterCode(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), Long.parseLong(m.group(4))));
    }

    public String text() {
        return String.format("M%d-%02d-%s-%011d", form, year, authorityString, counter);
    }

    @Override
    public String toString() {
        return text();
    }
}
