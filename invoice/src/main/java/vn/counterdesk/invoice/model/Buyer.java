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
        return new Buyer(
                Optional.of(value),
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

    public Buyer withTaxCode(String value) {
        return new Buyer(
                name,
                Optional.of(value),
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

    public Buyer withAddress(String value) {
        return new Buyer(
                name,
                taxCode,
                budgetUnitCode,
                Optional.of(value),
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

    public Buyer withIdNumber(String value) {
        return new Buyer(
                name,
                taxCode,
                budgetUnitCode,
                address,
                customerCode,
                phone,
                Optional.of(value),
                passportNumber,
                email,
                purchaserName,
                bankAccount,
                bankName,
                otherInfo);
    }

    public Buyer withPassportNumber(String value) {
        return new Buyer(
                name,
                taxCode,
                budgetUnitCode,
                address,
                customerCode,
                phone,
                idNumber,
                Optional.of(value),
                email,
                purchaserName,
                bankAccount,
                bankName,
                otherInfo);
    }

    public Buyer withEmail(String value) {
        return new Buyer(
                name,
                taxCode,
                budgetUnitCode,
                address,
                customerCode,
                phone,
                idNumber,
                passportNumber,
                Optional.of(value),
                purchaserName,
                bankAccount,
                bankName,
                otherInfo);
    }

    @Override
    public String toString() {
        return "Buyer[identified=" + (idNumber.isPresent() || passportNumber.isPresent() || taxCode.isPresent()) + "]";
    }
}
