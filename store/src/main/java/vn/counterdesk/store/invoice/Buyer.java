package vn.counterdesk.store.invoice;

import java.util.Optional;

/** The buyer fields of an invoice header. All are personal data for individuals and stored encrypted. */
public record Buyer(
        Optional<String> name, Optional<String> idNumber, Optional<String> taxCode, Optional<String> address) {
    public static Buyer individual(String name, String idNumber, String address) {
        return new Buyer(Optional.of(name), Optional.of(idNumber), Optional.empty(), Optional.of(address));
    }

    public static Buyer none() {
        return new Buyer(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "Buyer[redacted]";
    }
}
