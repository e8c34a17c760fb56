package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DLHDon/TTChung}: version, form, symbol, number, date, currency and relations. Fields that older
 * versions lack ({@code HDCTTChinh}, a then-optional {@code HTTToan}) are optional here so that 2.0.x files read.
 */
public record GeneralInfo(
        String formatVersion,
        String invoiceName,
        String form,
        String symbol,
        Optional<Long> number,
        Optional<String> dossierCode,
        LocalDate issueDate,
        Optional<Boolean> financialLease,
        Optional<String> listNumber,
        Optional<LocalDate> listDate,
        String currency,
        Optional<BigDecimal> exchangeRate,
        Optional<String> paymentMethod,
        Optional<String> providerTaxCode,
        Optional<AuthorisedIssuer> authorisedIssuer,
        Optional<RelatedInvoice> related,
        List<OtherInfo> otherInfo) {

    public static final String VND = "VND";

    public GeneralInfo {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(invoiceName, "invoiceName");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(financialLease, "financialLease");
        Objects.requireNonNull(listNumber, "listNumber");
        Objects.requireNonNull(listDate, "listDate");
        Objects.requireNonNull(currency, "currency");
        exchangeRate = Amounts.canonical(Objects.requireNonNull(exchangeRate, "exchangeRate"));
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(providerTaxCode, "providerTaxCode");
        Objects.requireNonNull(authorisedIssuer, "authorisedIssuer");
        Objects.requireNonNull(related, "related");
        otherInfo = List.copyOf(otherInfo);
    }

    /**
     * The general part of a new invoice in format 2.1.0, in VND, not yet numbered (the number is allocated at
     * issue, see {@link #withNumber(long)}).
     */
    public static GeneralInfo of(
            String invoiceName,
            String form,
            String symbol,
            LocalDate issueDate,
            String paymentMethod,
            String providerTaxCode) {
        return new GeneralInfo(
                "2.1.0",
                invoiceName,
                form,
                symbol,
                Optional.empty(),
                Optional.empty(),
                issueDate,
                Optional.of(false),
                Optional.empty(),
                Optional.empty(),
                VND,
                Optional.empty(),
                Optional.of(paymentMethod),
                Optional.of(providerTaxCode),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    public boolean inVnd() {
        return VND.equals(currency);
    }

    public GeneralInfo withNumber(long value) {
        return new GeneralInfo(
                formatVersion,
                invoiceName,
                form,
                symbol,
                Optional.of(value),
                dossierCode,
                issueDate,
                financialLease,
                listNumber,
                listDate,
                currency,
                exchangeRate,
                paymentMethod,
                providerTaxCode,
                authorisedIssuer,
                related,
                otherInfo);
    }

    /** A foreign-currency invoice: amounts in {@code code}, {@code rate} đồng per unit ({@code TGia}). */
    public GeneralInfo withCurrency(String code, BigDecimal rate) {
        return new GeneralInfo(
                formatVersion,
                invoiceName,
                form,
                symbol,
                number,
                dossierCode,
                issueDate,
                financialLease,
                listNumber,
                listDate,
                code,
                Optional.of(rate),
                paymentMethod,
                providerTaxCode,
                authorisedIssuer,
                related,
                otherInfo);
    }

    public GeneralInfo withRelated(RelatedInvoice value) {
        return new GeneralInfo(
                formatVersion,
                invoiceName,
                form,
                symbol,
                number,
                dossierCode,
                issueDate,
                financialLease,
                listNumber,
                listDate,
                currency,
                exchangeRate,
                paymentMethod,
                providerTaxCode,
                authorisedIssuer,
                Optional.of(value),
                otherInfo);
    }

    public GeneralInfo withAuthorisedIssuer(AuthorisedIssuer value) {
        return new GeneralInfo(
                formatVersion,
                invoiceName,
                form,
                symbol,
                number,
                dossierCode,
                issueDate,
                financialLease,
                listNumber,
                listDate,
                currency,
                exchangeRate,
                paymentMethod,
                providerTaxCode,
                Optional.of(value),
                related,
                otherInfo);
    }

    public GeneralInfo withOtherInfo(List<OtherInfo> value) {
        return new GeneralInfo(
                formatVersion,
                invoiceName,
                form,
                symbol,
                number,
                dossierCode,
                issueDate,
                financialLease,
                listNumber,
                listDate,
                currency,
                exchangeRate,
                paymentMethod,
                providerTaxCode,
                authorisedIssuer,
                related,
                value);
    }
}
