package vn.counterdesk.invoice.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the printed invoice shows, read from the signed XML (the legal original). Field names follow
 * the 2.1.0 tags they come from; every optional tag stays optional here so that nothing is invented.
 */
public record PrintableInvoice(
        Heading heading,
        Party seller,
        Party buyer,
        List<Line> lines,
        List<RateSummary> rateSummaries,
        Totals totals,
        SignatureBox sellerSignature,
        Optional<String> taxAuthorityCode,
        Optional<RelatedInvoice> related,
        Optional<String> qrCodeFromXml) {

    public PrintableInvoice {
        lines = List.copyOf(lines);
        rateSummaries = List.copyOf(rateSummaries);
    }

    /** Cash-register invoices (symbol letter {@code M}) are printed on 80 mm receipt paper. */
    public boolean isCashRegisterInvoice() {
        return heading.symbol().length() >= 4 && heading.symbol().charAt(3) == 'M';
    }

    /** {@code TTChung}: name, form digit, symbol, number, date, currency, payment method. */
    public record Heading(
            String name,
            String formDigit,
            String symbol,
            Optional<String> number,
            LocalDate issueDate,
            String currency,
            Optional<BigDecimal> exchangeRate,
            Optional<String> paymentMethod) {}

    /** {@code NBan} or {@code NMua}; the identity fields ({@code CCCDan} etc.) exist only for buyers. */
    public record Party(
            Optional<String> name,
            Optional<String> taxCode,
            Optional<String> address,
            Optional<String> idNumber,
            Optional<String> passportNumber,
            Optional<String> budgetUnitCode,
            Optional<String> contactPerson,
            Optional<String> phone,
            Optional<String> email,
            Optional<String> bankAccount,
            Optional<String> bankName) {}

    /** One {@code HHDVu}. {@code nature} is {@code TChat} (1 goods, 2 promotion, 3 discount, 4 note, 5 special). */
    public record Line(
            int nature,
            Optional<String> position,
            Optional<String> itemCode,
            String name,
            Optional<String> unit,
            Optional<BigDecimal> quantity,
            Optional<BigDecimal> unitPrice,
            Optional<BigDecimal> discountAmount,
            Optional<BigDecimal> amount,
            Optional<String> vatRate) {}

    /** One {@code LTSuat}: amount before VAT and VAT at one rate. */
    public record RateSummary(String vatRate, BigDecimal amount, Optional<BigDecimal> vat) {}

    /** One {@code LPhi}. */
    public record Fee(String name, BigDecimal amount) {}

    /** {@code TToan}; a sales invoice (form 2) has no VAT totals. */
    public record Totals(
            Optional<BigDecimal> beforeVat,
            Optional<BigDecimal> vat,
            List<Fee> fees,
            Optional<BigDecimal> tradeDiscount,
            Optional<BigDecimal> otherDeductions,
            BigDecimal payable,
            String payableInWords) {

        public Totals {
            fees = List.copyOf(fees);
        }
    }

    /** The seller signature box: who signed, when, and what verification said. */
    public record SignatureBox(Optional<String> signer, Optional<LocalDateTime> signingTime, SignatureStatus status) {}

    /** {@code TTHDLQuan}: the invoice this one replaces ({@code TCHDon} 1) or adjusts (2). */
    public record RelatedInvoice(
            Correction correction,
            Optional<String> formDigit,
            Optional<String> symbol,
            Optional<String> number,
            Optional<LocalDate> issueDate,
            Optional<String> note) {}

    /** {@code TCHDon}. */
    public enum Correction {
        REPLACEMENT,
        ADJUSTMENT
    }
}
