package vn.counterdesk.invoice.model;

import java.util.Arrays;
import java.util.Optional;

/** {@code TChat}: what an invoice line is. The codes are fixed by the format (spec §2.1). */
public enum LineNature {
    GOODS_OR_SERVICE(1),
    PROMOTION(2),
    TRADE_DISCOUNT(3),
    NOTE(4),
    SPECIAL_GOODS(5);

    private final int code;

    LineNature(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<LineNature> ofCode(int code) {
        return Arrays.stream(values()).filter(n -> n.code == code).findFirst();
    }

    /** Lines that carry no amount at all (descriptions). */
    public boolean carriesAmount() {
        return this != NOTE;
    }
}
