package vn.counterdesk.card.lds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Six-character MRZ dates (YYMMDD) to {@link LocalDate}, with the century chosen per field. */
public final class MrzDates {

    private MrzDates() {}

    /** A birth date is never in the future: YY above the reference year means the previous century. */
    public static Optional<LocalDate> birthDate(String yymmdd, LocalDate today) {
        return parse(yymmdd, today.getYear() % 100);
    }

    /**
     * An expiry date lies within the next 50 years or so; {@code 991231} is the Vietnamese
     * lifetime marker and yields empty.
     */
    public static Optional<LocalDate> expiryDate(String yymmdd, LocalDate today) {
        if ("991231".equals(yymmdd)) {
            return Optional.empty();
        }
        return parse(yymmdd, (today.getYear() + 50) % 100);
    }

    private static Optional<LocalDate> parse(String yymmdd, int pivot) {
        if (yymmdd == null || !yymmdd.matches("\\d{6}")) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        int year = yy > pivot ? 1900 + yy : 2000 + yy;
        try {
            return Optional.of(LocalDate.of(year, mm, dd));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
