package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Canonical form of amounts in the model. Values are compared by number, not by scale: {@code 84000.0}
 * in a received file and {@code 84000} computed here are the same amount, so the model stores every
 * amount without trailing zeros and an invoice read back from XML equals the one written.
 */
public final class Amounts {

    private Amounts() {}

    public static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Optional<BigDecimal> canonical(Optional<BigDecimal> value) {
        return value.map(Amounts::canonical);
    }

    /** The spec's canonical textual form: no exponent, no trailing zeros, "0" for zero. */
    public static String format(BigDecimal value) {
        return canonical(value).toPlainString();
    }
}
