package vn.counterdesk.card.verify;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the caller parsed from DG1 and needs verified against the security object.
 *
 * @param issuingState the MRZ issuing state (ICAO 3-letter code, e.g. {@code VNM}, {@code D<<})
 * @param dateOfExpiry the document expiry; empty for lifetime documents or when unknown
 */
public record DocumentFacts(Optional<String> issuingState, Optional<LocalDate> dateOfExpiry) {

    public static DocumentFacts unknown() {
        return new DocumentFacts(Optional.empty(), Optional.empty());
    }
}
