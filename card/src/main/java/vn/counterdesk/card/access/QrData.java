package vn.counterdesk.card.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The front QR of a 2021 CCCD, or the back QR of a 2024 Căn cước when its fields 0–6 follow the
 * same layout (spec §7.1–7.2). An unknown layout keeps only the ID number and the raw fields, for
 * the operator to confirm.
 */
public record QrData(
        Layout layout,
        String idNumber,
        Optional<String> oldIdNumber,
        Optional<String> fullName,
        Optional<LocalDate> dateOfBirth,
        Optional<String> sex,
        Optional<String> placeOfResidence,
        Optional<LocalDate> dateOfIssue,
        List<String> rawFields) {

    public enum Layout {
        /** Fields 0–6 as on the 2021 card (the 2024 card when it matches). */
        CCCD_2021,
        /** Field 0 is the ID; the rest could not be mapped. */
        UNKNOWN
    }

    public QrData {
        rawFields = List.copyOf(rawFields);
    }

    @Override
    public String toString() {
        return "QrData[" + layout + ", " + rawFields.size() + " fields, redacted]";
    }
}
