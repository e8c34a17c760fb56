package vn.counterdesk.testkit.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One synthetic person and their card: every DG13 field, the DG1 MRZ inputs, the face photo and
 * the chip's key choices. The JSON form is documented in {@code docs/card-profiles.md}.
 *
 * @param dateOfExpiry empty for a card without expiry ("Không thời hạn", MRZ {@code 991231})
 */
public record CardProfile(
        String name,
        CardGeneration generation,
        String idNumber,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationality,
        String ethnicity,
        String religion,
        String placeOfOrigin,
        String placeOfResidence,
        Optional<String> identifyingFeatures,
        LocalDate dateOfIssue,
        Optional<LocalDate> dateOfExpiry,
        Optional<String> fatherName,
        Optional<String> motherName,
        Optional<String> spouseName,
        Optional<String> oldIdNumber,
        Optional<String> chipSerial,
        Photo photo,
        AaAlgorithm activeAuthentication,
        List<String> faults) {

    private static final Pattern PERSONA_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");

    public enum Sex {
        MALE,
        FEMALE
    }

    /** Which card the person holds; the chip profile is the same as far as is known. */
    public enum CardGeneration {
        CCCD_2021,
        CAN_CUOC_2024
    }

    /** Active Authentication key type behind DG15. */
    public enum AaAlgorithm {
        ECDSA,
        RSA
    }

    /** A JPEG face image and its pixel size. */
    public record Photo(byte[] jpeg, int width, int height) {
        public Photo {
            jpeg = jpeg.clone();
        }

        @Override
        public byte[] jpeg() {
            return jpeg.clone();
        }

        @Override
        public String toString() {
            return "Photo[" + width + "x" + height + ", " + jpeg.length + " bytes]";
        }
    }

    public CardProfile {
        faults = List.copyOf(faults);
    }

    /** Checks the rules a real card obeys; the message names the field. */
    public CardProfile validated() throws ProfileException {
        if (!PERSONA_NAME.matcher(name).matches()) {
            throw new ProfileException("name: lower-case letters, digits and '-' only");
        }
        if (!ID_NUMBER.matcher(idNumber).matches()) {
            throw new ProfileException("idNumber: must be 12 digits");
        }
        // Digit 4 encodes century and sex, digits 5–6 the birth year (cccd-chip.md §2).
        int centuryDigit = idNumber.charAt(3) - '0';
        int expectedCentury = 1900 + 100 * (centuryDigit / 2);
        boolean female = centuryDigit % 2 == 1;
        if (dateOfBirth.getYear() / 100 * 100 != expectedCentury
                || dateOfBirth.getYear() % 100 != Integer.parseInt(idNumber.substring(4, 6))
                || female != (sex == Sex.FEMALE)) {
            throw new ProfileException("idNumber: century/sex/year digits disagree with dateOfBirth and sex");
        }
        if (fullName.isBlank()) {
            throw new ProfileException("fullName: must not be blank");
        }
        if (oldIdNumber.isPresent() && !oldIdNumber.get().matches("\\d{9}")) {
            throw new ProfileException("oldIdNumber: must be 9 digits");
        }
        if (chipSerial.isPresent() && !chipSerial.get().matches("[0-9A-Z]{1,32}")) {
            throw new ProfileException("chipSerial: upper-case letters and digits only");
        }
        if (dateOfIssue.isBefore(dateOfBirth)) {
            throw new ProfileException("dateOfIssue: before dateOfBirth");
        }
        if (dateOfExpiry.isPresent() && !dateOfExpiry.get().isAfter(dateOfIssue)) {
            throw new ProfileException("dateOfExpiry: must be after dateOfIssue");
        }
        return this;
    }

    /** CAN = last 6 digits of the ID number. */
    public String can() {
        return idNumber.substring(6);
    }

    /** BAC document number = the ID without its 3-digit province code. */
    public String documentNumber() {
        return idNumber.substring(3);
    }

    @Override
    public String toString() {
        return "CardProfile[" + name + ", personal data redacted]";
    }
}
