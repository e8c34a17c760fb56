package vn.counterdesk.card.verify;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import vn.counterdesk.card.tlv.TlvReader;

/**
 * Extracts just the issuing state and expiry date from DG1 ({@code 61 { 5F1F MRZ }}) for
 * verification; the full MRZ model lives with the reader. Unreadable input gives unknown facts.
 */
final class Dg1Facts {

    private Dg1Facts() {}

    static DocumentFacts parse(byte[] dg1) {
        Optional<byte[]> mrz = TlvReader.unwrap(dg1, 0x61).flatMap(inner -> TlvReader.unwrap(inner, 0x5F1F));
        if (mrz.isEmpty()) {
            return DocumentFacts.unknown();
        }
        String text = new String(mrz.get(), StandardCharsets.US_ASCII);
        // Expiry offset per format: TD1 (90) line 2 pos 8, TD2 (72) line 2 pos 21, TD3 (88) line 2 pos 21.
        int expiryOffset = switch (text.length()) {
            case 90 -> 38;
            case 72 -> 57;
            case 88 -> 65;
            default -> -1;
        };
        if (expiryOffset < 0) {
            return DocumentFacts.unknown();
        }
        return new DocumentFacts(
                Optional.of(text.substring(2, 5)), expiry(text.substring(expiryOffset, expiryOffset + 6)));
    }

    /** YYMMDD; expiry years are 20YY (no MRTD expiring in the 1900s is still in use). */
    private static Optional<LocalDate> expiry(String yymmdd) {
        try {
            int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
            int month = Integer.parseInt(yymmdd.substring(2, 4));
            int day = Integer.parseInt(yymmdd.substring(4, 6));
            if (yymmdd.equals("991231")) {
                // Vietnamese lifetime cards carry 991231: no expiry.
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
