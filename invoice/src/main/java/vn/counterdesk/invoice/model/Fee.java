package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One {@code DSLPhi/LPhi}: a fee collected with the invoice ({@code TLPhi}, {@code TPhi}). */
public record Fee(String name, BigDecimal amount) {
    public Fee {
        Objects.requireNonNull(name, "name");
        amount = Amounts.canonical(Objects.requireNonNull(amount, "amount"));
    }
}
