package vn.counterdesk.card.access;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The three MRZ fields BAC (and PACE-MRZ) keys are derived from. Dates are kept as the six MRZ
 * characters because the lifetime card's expiry {@code 991231} is not a real date of that card.
 */
public record BacKey(String documentNumber, String dateOfBirth, String dateOfExpiry) {

    /** The expiry the chip of a lifetime Vietnamese card expects (spec §7.3). */
    public static final String LIFETIME_EXPIRY = "991231";

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public BacKey {
        if (firstInvalidField(documentNumber, dateOfBirth, dateOfExpiry).isPresent()) {
            throw new IllegalArgumentException("BAC key fields are not in MRZ form");
        }
    }

    /** The first field that cannot go into a key (documentNumber, dateOfBirth or dateOfExpiry), if any. */
    static Optional<String> firstInvalidField(String documentNumber, String dateOfBirth, String dateOfExpiry) {
        if (!documentNumber.matches("[0-9A-Z<]{1,9}")) {
            return Optional.of("documentNumber");
        }
        if (!dateOfBirth.matches("\\d{6}")) {
            return Optional.of("dateOfBirth");
        }
        if (!dateOfExpiry.matches("\\d{6}")) {
            return Optional.of("dateOfExpiry");
        }
        return Optional.empty();
    }

    public static BacKey of(String documentNumber, LocalDate dateOfBirth, LocalDate dateOfExpiry) {
        return new BacKey(documentNumber, yymmdd(dateOfBirth), yymmdd(dateOfExpiry));
    }

    /** A date in MRZ form. */
    public static String yymmdd(LocalDate date) {
        return YYMMDD.format(date);
    }

    /** doc ‖ cd ‖ DOB ‖ cd ‖ DOE ‖ cd, the document number padded with fillers to 9 characters. */
    public String mrzInformation() {
        String doc = (documentNumber + "<<<<<<<<<").substring(0, Math.max(9, documentNumber.length()));
        return doc
                + CheckDigit.of(doc)
                + dateOfBirth
                + CheckDigit.of(dateOfBirth)
                + dateOfExpiry
                + CheckDigit.of(dateOfExpiry);
    }

    @Override
    public String toString() {
        return "BacKey[redacted]";
    }
}
