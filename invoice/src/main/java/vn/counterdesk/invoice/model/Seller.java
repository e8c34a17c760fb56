package vn.counterdesk.invoice.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code NDHDon/NBan}: the seller. Name, tax code and address are required by the format. */
public record Seller(
        String name,
        String taxCode,
        String address,
        Optional<String> storeCode,
        Optional<String> storeName,
        Optional<String> phone,
        Optional<String> email,
        Optional<String> bankAccount,
        Optional<String> bankName,
        Optional<String> fax,
        Optional<String> website,
        List<OtherInfo> otherInfo) {

    public Seller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(storeCode, "storeCode");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(bankName, "bankName");
        Objects.requireNonNull(fax, "fax");
        Objects.requireNonNull(website, "website");
        otherInfo = List.copyOf(otherInfo);
    }

    public static Seller of(String name, String taxCode, String address) {
        return new Seller(
                name,
                taxCode,
                address,
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

    public Seller withContact(String phoneNumber, String emailAddress) {
        return toBuilder()
                .phone(Optional.of(phoneNumber))
                .email(Optional.of(emailAddress))
                .build();
    }

    public Seller withBank(String account, String bank) {
        return toBuilder()
                .bankAccount(Optional.of(account))
                .bankName(Optional.of(bank))
                .build();
    }

    @Override
    public String toString() {
        return "Seller[taxCode=" + taxCode + "]";
    }

    /** A copy to change a few fields of; Seller itself stays immutable. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a {@link Seller}; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private String name;
        private String taxCode;
        private String address;
        private Optional<String> storeCode;
        private Optional<String> storeName;
        private Optional<String> phone;
        private Optional<String> email;
        private Optional<String> bankAccount;
        private Optional<String> bankName;
        private Optional<String> fax;
        private Optional<String> website;
        private List<OtherInfo> otherInfo;

        private Builder(Seller from) {
            name = from.name;
            taxCode = from.taxCode;
            address = from.address;
            storeCode = from.storeCode;
            storeName = from.storeName;
            phone = from.phone;
            email = from.email;
            bankAccount = from.bankAccount;
            bankName = from.bankName;
            fax = from.fax;
            website = from.website;
            otherInfo = from.otherInfo;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder taxCode(String value) {
            taxCode = value;
            return this;
        }

        public Builder address(String value) {
            address = value;
            return this;
        }

        public Builder storeCode(Optional<String> value) {
            storeCode = value;
            return this;
        }

        public Builder storeName(Optional<String> value) {
            storeName = value;
            return this;
        }

        public Builder phone(Optional<String> value) {
            phone = value;
            return this;
        }

        public Builder email(Optional<String> value) {
            email = value;
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

        public Builder fax(Optional<String> value) {
            fax = value;
            return this;
        }

        public Builder website(Optional<String> value) {
            website = value;
            return this;
        }

        public Builder otherInfo(List<OtherInfo> value) {
            otherInfo = value;
            return this;
        }

        public Seller build() {
            return new Seller(
                    name,
                    taxCode,
                    address,
                    storeCode,
                    storeName,
                    phone,
                    email,
                    bankAccount,
                    bankName,
                    fax,
                    website,
                    otherInfo);
        }
    }
}
