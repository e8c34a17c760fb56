package vn.counterdesk.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.Fee;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.OtherInfo;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.money.InvoiceCalculator;

/**
 * Builds a new invoice from what the clerk enters: general part, seller, buyer, lines, fees. {@link #build()}
 * computes line amounts, per-rate summaries, totals and the amount in words with an {@link InvoiceCalculator}.
 *
 * <pre>{@code
 * Invoice invoice = new InvoiceBuilder(GeneralInfo.of("Hóa đơn giá trị gia tăng", "1", "C26TAA", date, "TM/CK", provider))
 *         .seller(Seller.of(name, taxCode, address))
 *         .buyer(Buyer.individual(fullName, idNumber))
 *         .line(LineItem.goods("Dịch vụ công chứng", "lần", BigDecimal.ONE, new BigDecimal("120000"), TaxRate.TEN))
 *         .build();
 * }</pre>
 */
public final class InvoiceBuilder {

    private GeneralInfo general;
    private Seller seller;
    private Buyer buyer = Buyer.anonymous();
    private final List<LineItem> lines = new ArrayList<>();
    private final List<Fee> fees = new ArrayList<>();
    private Optional<BigDecimal> otherDeductions = Optional.empty();
    private final List<OtherInfo> otherInfo = new ArrayList<>();
    private Optional<String> dataId = Optional.empty();
    private InvoiceCalculator calculator = InvoiceCalculator.standard();

    public InvoiceBuilder(GeneralInfo general) {
        this.general = Objects.requireNonNull(general, "general");
    }

    public InvoiceBuilder general(GeneralInfo value) {
        this.general = Objects.requireNonNull(value, "general");
        return this;
    }

    public InvoiceBuilder seller(Seller value) {
        this.seller = Objects.requireNonNull(value, "seller");
        return this;
    }

    public InvoiceBuilder buyer(Buyer value) {
        this.buyer = Objects.requireNonNull(value, "buyer");
        return this;
    }

    public InvoiceBuilder line(LineItem value) {
        lines.add(Objects.requireNonNull(value, "line"));
        return this;
    }

    public InvoiceBuilder fee(String name, BigDecimal amount) {
        fees.add(new Fee(name, amount));
        return this;
    }

    public InvoiceBuilder otherDeductions(BigDecimal amount) {
        this.otherDeductions = Optional.of(amount);
        return this;
    }

    public InvoiceBuilder otherInfo(OtherInfo value) {
        otherInfo.add(Objects.requireNonNull(value, "otherInfo"));
        return this;
    }

    /** {@code DLHDon/@Id}; by default a fresh random token starting with a letter. */
    public InvoiceBuilder dataId(String value) {
        this.dataId = Optional.of(value);
        return this;
    }

    public InvoiceBuilder calculator(InvoiceCalculator value) {
        this.calculator = Objects.requireNonNull(value, "calculator");
        return this;
    }

    public Invoice build() {
        if (seller == null) {
            throw new IllegalStateException("seller not set");
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("an invoice needs at least one line");
        }
        String currency = general.currency();
        List<LineItem> completed = calculator.completeLines(lines, currency);
        Totals totals = calculator.totals(completed, fees, otherDeductions, currency);
        return new Invoice(
                dataId.orElseGet(InvoiceBuilder::newDataId),
                general,
                seller,
                buyer,
                completed,
                totals,
                otherInfo,
                Optional.empty(),
                Optional.empty());
    }

    /** A unique {@code DLHDon/@Id}: an XML name (starts with a letter) that no other invoice shares. */
    public static String newDataId() {
        return "DLHDon-" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
    }
}
