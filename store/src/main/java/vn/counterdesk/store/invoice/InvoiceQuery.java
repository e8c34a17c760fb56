package vn.counterdesk.store.invoice;

import java.time.LocalDate;
import java.util.Optional;

/** Search criteria; all given criteria must hold. Results come newest first. */
public record InvoiceQuery(
        Optional<String> buyerIdNumber,
        Optional<String> buyerTaxCode,
        Optional<String> buyerName,
        Optional<Long> number,
        Optional<String> symbol,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<InvoiceStatus> status,
        int limit) {

    public static InvoiceQuery all() {
        return new InvoiceQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                50);
    }

    public InvoiceQuery byBuyerIdNumber(String idNumber) {
        return new InvoiceQuery(
                Optional.of(idNumber), buyerTaxCode, buyerName, number, symbol, from, to, status, limit);
    }

    public InvoiceQuery byBuyerTaxCode(String taxCode) {
        return new InvoiceQuery(
                buyerIdNumber, Optional.of(taxCode), buyerName, number, symbol, from, to, status, limit);
    }

    public InvoiceQuery byBuyerName(String typed) {
        return new InvoiceQuery(
                buyerIdNumber, buyerTaxCode, Optional.of(typed), number, symbol, from, to, status, limit);
    }

    public InvoiceQuery byNumber(long invoiceNumber) {
        return new InvoiceQuery(
                buyerIdNumber, buyerTaxCode, buyerName, Optional.of(invoiceNumber), symbol, from, to, status, limit);
    }

    public InvoiceQuery bySymbol(String invoiceSymbol) {
        return new InvoiceQuery(
                buyerIdNumber, buyerTaxCode, buyerName, number, Optional.of(invoiceSymbol), from, to, status, limit);
    }

    public InvoiceQuery between(LocalDate first, LocalDate last) {
        return new InvoiceQuery(
                buyerIdNumber,
                buyerTaxCode,
                buyerName,
                number,
                symbol,
                Optional.of(first),
                Optional.of(last),
                status,
                limit);
    }

    public InvoiceQuery withStatus(InvoiceStatus wanted) {
        return new InvoiceQuery(
                buyerIdNumber, buyerTaxCode, buyerName, number, symbol, from, to, Optional.of(wanted), limit);
    }

    public InvoiceQuery limit(int max) {
        return new InvoiceQuery(buyerIdNumber, buyerTaxCode, buyerName, number, symbol, from, to, status, max);
    }
}
