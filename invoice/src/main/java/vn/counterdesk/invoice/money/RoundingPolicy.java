package vn.counterdesk.invoice.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * How amounts are rounded: VND to whole đồng (spec §1), other currencies to their minor unit. The mode is not
 * fixed by the public text [UNCONFIRMED]; {@code HALF_UP} by default, configurable.
 *
 * @param mode rounding mode for line amounts, discounts, VAT and totals
 * @param scales decimals per ISO 4217 code; currencies not listed use {@code defaultScale}
 */
public record RoundingPolicy(RoundingMode mode, Map<String, Integer> scales, int defaultScale) {

    public static final RoundingPolicy STANDARD =
            new RoundingPolicy(RoundingMode.HALF_UP, Map.of("VND", 0, "JPY", 0), 2);

    public RoundingPolicy {
        Objects.requireNonNull(mode, "mode");
        scales = Map.copyOf(scales);
    }

    public RoundingPolicy withMode(RoundingMode value) {
        return new RoundingPolicy(value, scales, defaultScale);
    }

    public int scale(String currency) {
        return scales.getOrDefault(currency, defaultScale);
    }

    public BigDecimal round(BigDecimal value, String currency) {
        return value.setScale(scale(currency), mode);
    }

    /** One unit of the last kept decimal (1 đồng, 0.01 USD). */
    public BigDecimal unit(String currency) {
        return BigDecimal.ONE.movePointLeft(scale(currency));
    }
}
