package vn.counterdesk.store.invoice;

import java.math.BigDecimal;

/** Header totals: before VAT (TgTCThue), VAT (TgTThue), payable (TgTTTBSo), currency (DVTTe). */
public record Totals(BigDecimal beforeTax, BigDecimal tax, BigDecimal payable, String currency) {
    public static Totals vnd(long beforeTax, long tax) {
        return new Totals(
                BigDecimal.valueOf(beforeTax), BigDecimal.valueOf(tax), BigDecimal.valueOf(beforeTax + tax), "VND");
    }
}
