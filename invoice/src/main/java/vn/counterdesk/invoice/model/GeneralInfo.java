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
        return toBuilder().number(Optional.of(value)).build();
    }

    /** A foreign-currency invoice: amounts in {@code code}, {@code rate} đồng per unit ({@code TGia}). */
    public GeneralInfo withCurrency(String code, BigDecimal rate) {
        return toBuilder().currency(code).exchangeRate(Optional.of(rate)).build();
    }

    public GeneralInfo withRelated(RelatedInvoice value) {
        return toBuilder().related(Optional.of(value)).build();
    }

    public GeneralInfo withAuthorisedIssuer(AuthorisedIssuer value) {
        return toBuilder().authorisedIssuer(Optional.of(value)).build();
    }

    public GeneralInfo withOtherInfo(List<OtherInfo> value) {
        return toBuilder().otherInfo(value).build();
    }

    /** A copy to change a few fields of; GeneralInfo itself stays immutable. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a {@link GeneralInfo}; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private String formatVersion;
        private String invoiceName;
        private String form;
        private String symbol;
        private Optional<Long> number;
        private Optional<String> dossierCode;
        private LocalDate issueDate;
        private Optional<Boolean> financialLease;
        private Optional<String> listNumber;
        private Optional<LocalDate> listDate;
        private String currency;
        private Optional<BigDecimal> exchangeRate;
        private Optional<String> paymentMethod;
        private Optional<String> providerTaxCode;
        private Optional<AuthorisedIssuer> authorisedIssuer;
        private Optional<RelatedInvoice> related;
        private List<OtherInfo> otherInfo;

        private Builder(GeneralInfo from) {
            formatVersion = from.formatVersion;
            invoiceName = from.invoiceName;
            form = from.form;
            symbol = from.symbol;
            number = from.number;
            dossierCode = from.dossierCode;
            issueDate = from.issueDate;
            financialLease = from.financialLease;
            listNumber = from.listNumber;
            listDate = from.listDate;
            currency = from.currency;
            exchangeRate = from.exchangeRate;
            paymentMethod = from.paymentMethod;
            providerTaxCode = from.providerTaxCode;
            authorisedIssuer = from.authorisedIssuer;
            related = from.related;
            otherInfo = from.otherInfo;
        }

        public Builder formatVersion(String value) {
            formatVersion = value;
            return this;
        }

        public Builder invoiceName(String value) {
            invoiceName = value;
            return this;
        }

        public Builder form(String value) {
            form = value;
            return this;
        }

        public Builder symbol(String value) {
            symbol = value;
            return this;
        }

        public Builder number(Optional<Long> value) {
            number = value;
            return this;
        }

        public Builder dossierCode(Optional<String> value) {
            dossierCode = value;
            return this;
        }

        public Builder issueDate(LocalDate value) {
            issueDate = value;
            return this;
        }

        public Builder financialLease(Optional<Boolean> value) {
            financialLease = value;
            return this;
        }

        public Builder listNumber(Optional<String> value) {
            listNumber = value;
            return this;
        }

        public Builder listDate(Optional<LocalDate> value) {
            listDate = value;
            return this;
        }

        public Builder currency(String value) {
            currency = value;
            return this;
        }

        public Builder exchangeRate(Optional<BigDecimal> value) {
            exchangeRate = value;
            return this;
        }

        public Builder paymentMethod(Optional<String> value) {
            paymentMethod = value;
            return this;
        }

        public Builder providerTaxCode(Optional<String> value) {
            providerTaxCode = value;
            return this;
        }

        public Builder authorisedIssuer(Optional<AuthorisedIssuer> value) {
            authorisedIssuer = value;
            return this;
        }

        public Builder related(Optional<RelatedInvoice> value) {
            related = value;
            return this;
        }

        public Builder otherInfo(List<OtherInfo> value) {
            otherInfo = value;
            return this;
        }

        public GeneralInfo build() {
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
                    otherInfo);
        }
    }
}
