package vn.counterdesk.invoice.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code NDHDon/NMua}: the buyer. Every field is "required if applicable": an individual is identified by a
 * 12-digit personal ID ({@code CCCDan}) or a passport ({@code SHChieu}), an organisation by its tax code
 * ({@code MST}) or budget-unit code. Personal data: never logged, not in {@link #toString()}.
 */
public record Buyer(
        Optional<String> name,
        Optional<String> taxCode,
        Optional<String> budgetUnitCode,
        Optional<String> address,
        Optional<String> customerCode,
        Optional<String> phone,
        Optional<String> idNumber,
        Optional<String> passportNumber,
        Optional<String> email,
        Optional<String> purchaserName,
        Optional<String> bankAccount,
        Optional<String> bankName,
        List<OtherInfo> otherInfo) {

    public Buyer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(budgetUnitCode, "budgetUnitCode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(customerCode, "customerCode");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(passportNumber, "passportNumber");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(purchaserName, "purchaserName");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(bankName, "bankName");
        otherInfo = List.copyOf(otherInfo);
    }

    /** A buyer who gives no identity (retail sale). */
    public static Buyer anonymous() {
        return new Buyer(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    /** An individual identified by the 12-digit number of a chip ID card (CCCD). */
    public static Buyer individual(String fullName, String idNumber) {
        return anonymous().withName(fullName).withIdNumber(idNumber);
    }

    /** A foreign individual identified by passport. */
    public static Buyer traveller(String fullName, String passportNumber) {
        return anonymous().withName(fullName).withPassportNumber(passportNumber);
    }

    /** An organisation identified by its tax code. */
    public static Buyer organisation(String name, String taxCode, String address) {
        return anonymous().withName(name).withTaxCode(taxCode).withAddress(address);
    }

    public Buyer withName(String value) {
        return toBuilder().name(Optional.of(value)).build();
    }

    public Buyer withTaxCode(String value) {
        return toBuilder().taxCode(Optional.of(value)).build();
    }

    public Buyer withAddress(String value) {
        return toBuilder().address(Optional.of(value)).build();
    }

    public Buyer withIdNumber(String value) {
        return toBuilder().idNumber(Optional.of(value)).build();
    }

    public Buyer withPassportNumber(String value) {
        return toBuilder().passportNumber(Optional.of(value)).build();
    }

    public Buyer withEmail(String value) {
        return toBuilder().email(Optional.of(value)).build();
    }

    @Override
    public String toString() {
        return "Buyer[identified=" + (idNumber.isPresent() || passportNumber.isPresent() || taxCode.isPresent()) + "]";
    }

    /** A copy to change a few fields of; Buyer itself stays immutable. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a {@link Buyer}; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private Optional<String> name;
        private Optional<String> taxCode;
        private Optional<String> budgetUnitCode;
        private Optional<String> address;
        private Optional<String> customerCode;
        private Optional<String> phone;
        private Optional<String> idNumber;
        private Optional<String> passportNumber;
        private Optional<String> email;
        private Optional<String> purchaserName;
        private Optional<String> bankAccount;
        private Optional<String> bankName;
        private List<OtherInfo> otherInfo;

        private Builder(Buyer from) {
            name = from.name;
            taxCode = from.taxCode;
            budgetUnitCode = from.budgetUnitCode;
            address = from.address;
            customerCode = from.customerCode;
            phone = from.phone;
            idNumber = from.idNumber;
            passportNumber = from.passportNumber;
            email = from.email;
            purchaserName = from.purchaserName;
            bankAccount = from.bankAccount;
            bankName = from.bankName;
            otherInfo = from.otherInfo;
        }

        public Builder name(Optional<String> value) {
            name = value;
            return this;
        }

        public Builder taxCode(Optional<String> value) {
            taxCode = value;
            return this;
        }

        public Builder budgetUnitCode(Optional<String> value) {
            budgetUnitCode = value;
            return this;
        }

        public Builder address(Optional<String> value) {
            address = value;
            return this;
        }

        public Builder customerCode(Optional<String> value) {
            customerCode = value;
            return this;
        }

        public Builder phone(Optional<String> value) {
            phone = value;
            return this;
        }

        public Builder idNumber(Optional<String> value) {
            idNumber = value;
            return this;
        }

        public Builder passportNumber(Optional<String> value) {
            passportNumber = value;
            return this;
        }

        public Builder email(Optional<String> value) {
            email = value;
            return this;
        }

        public Builder purchaserName(Optional<String> value) {
            purchaserName = value;
            return this;
        }

        public Builder bankAccount(Optional<String> value) {
            bankAccount = value;
            return this;
        }

        public Builder bankName(Optional<String> value) {
            bankName = value;
            return this;
        }

        public Builder otherInfo(List<OtherInfo> value) {
            otherInfo = value;
            return this;
        }

        public Buyer build() {
            return new Buyer(
                    name,
                    taxCode,
                    budgetUnitCode,
                    address,
                    customerCode,
                    phone,
                    idNumber,
                    passportNumber,
                    email,
                    purchaserName,
                    bankAccount,
                    bankName,
                    otherInfo);
        }
    }
}
