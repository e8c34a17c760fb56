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
        return new Seller(
                name,
                taxCode,
                address,
                storeCode,
                storeName,
                Optional.of(phoneNumber),
                Optional.of(emailAddress),
                bankAccount,
                bankName,
                fax,
                website,
                otherInfo);
    }

    public Seller withBank(String account, String bank) {
        return new Seller(
                name,
                taxCode,
                address,
                storeCode,
                storeName,
                phone,
                email,
                Optional.of(account),
                Optional.of(bank),
                fax,
                website,
                otherInfo);
    }

    @Override
    public String toString() {
        return "Seller[taxCode=" + taxCode + "]";
    }
}
