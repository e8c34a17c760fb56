package vn.counterdesk.sync.tdiep;

import java.util.regex.Pattern;

/**
 * A sender or receiver code ({@code MNGui} / {@code MNNhan}): {@code TCT} for the tax authority,
 * {@code V} + MST for a T-VAN, {@code K} + MST for a direct connection, or a plain MST without dashes
 * between a solution provider and its T-VAN (einvoice.md §7).
 */
public record PartyCode(String value) {

    private static final Pattern FORM = Pattern.compile("TCT|[VK]?[0-9]{10}(?:[0-9]{3})?");

    public static final PartyCode TAX_AUTHORITY = new PartyCode("TCT");

    public PartyCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a party code (TCT, V/K + tax code, or a tax code)");
        }
    }

    static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
