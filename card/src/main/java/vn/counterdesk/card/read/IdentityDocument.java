package vn.counterdesk.card.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.card.lds.Dg13;
import vn.counterdesk.card.lds.FaceImage;
import vn.counterdesk.card.lds.MrzRecord;

/**
 * The identity read from the chip: DG13 (Vietnamese text with diacritics) first, DG1 where DG13 is
 * silent, the DG2 photo. Dates the chip stores as text are ISO dates here; a lifetime card has no
 * expiry ({@link #dateOfExpiry()} empty, {@link #expiryText()} keeps what the chip said).
 *
 * <p>Every field is personal data: {@link #toString()} prints none of them.
 */
public record IdentityDocument(
        String idNumber,
        String fullName,
        Optional<LocalDate> dateOfBirth,
        Optional<Sex> sex,
        Optional<String> nationality,
        Optional<String> ethnicity,
        Optional<String> religion,
        Optional<String> placeOfOrigin,
        Optional<String> placeOfResidence,
        Optional<String> identifyingFeatures,
        Optional<LocalDate> dateOfIssue,
        Optional<LocalDate> dateOfExpiry,
        Optional<String> expiryText,
        Optional<String> fatherName,
        Optional<String> motherName,
        boolean parentsAmbiguous,
        Optional<String> spouseName,
        Optional<String> oldIdNumber,
        Optional<MrzRecord> mrz,
        Optional<FaceImage> photo,
        List<Dg13.Entry> otherDg13Entries,
        List<String> inconsistencies) {

    /** Sex as printed on the card: "Nam" / "Nữ" in DG13, M / F in the MRZ. */
    public enum Sex {
        MALE("M", "Nam"),
        FEMALE("F", "Nữ"),
        UNSPECIFIED("X", "");

        private final String mrzCode;
        private final String vietnamese;

        Sex(String mrzCode, String vietnamese) {
            this.mrzCode = mrzCode;
            this.vietnamese = vietnamese;
        }

        public String mrzCode() {
            return mrzCode;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    public IdentityDocument {
        otherDg13Entries = List.copyOf(otherDg13Entries);
        inconsistencies = List.copyOf(inconsistencies);
    }

    @Override
    public String toString() {
        return "IdentityDocument[redacted]";
    }
}
