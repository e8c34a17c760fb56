package vn.counterdesk.testkit.profile;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The three 30-character lines on the back of the card (ICAO 9303-5 TD1, Vietnamese layout of
 * cccd-chip.md §6): document number = last 9 digits of the ID, full ID in the optional data with
 * its own check digit, {@code 991231} for cards without expiry.
 */
public record Td1Mrz(String line1, String line2, String line3, String bacKeyInformation) {

    public static final String NO_EXPIRY = "991231";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public static Td1Mrz of(CardProfile profile) {
        String documentNumber = profile.documentNumber();
        String line1 = "IDVNM" + documentNumber + checkDigit(documentNumber) + profile.idNumber() + "<<"
                + checkDigit(profile.idNumber());
        String dob = profile.dateOfBirth().format(YYMMDD);
        String doe = profile.dateOfExpiry().map(d -> d.format(YYMMDD)).orElse(NO_EXPIRY);
        String sex = profile.sex() == CardProfile.Sex.MALE ? "M" : "F";
        String line2Start = dob + checkDigit(dob) + sex + doe + checkDigit(doe) + "VNM" + "<".repeat(11);
        String composite = line1.substring(5)
                + line2Start.substring(0, 7)
                + line2Start.substring(8, 15)
                + line2Start.substring(18, 29);
        String line2 = line2Start + checkDigit(composite);
        String bacKey = documentNumber + checkDigit(documentNumber) + dob + checkDigit(dob) + doe + checkDigit(doe);
        return new Td1Mrz(line1, line2, nameLine(profile.fullName()), bacKey);
    }

    public List<String> lines() {
        return List.of(line1, line2, line3);
    }

    /** The 90 characters as stored in DG1. */
    public String text() {
        return line1 + line2 + line3;
    }

    /** ICAO check digit: weights 7, 3, 1; digits as themselves, A–Z as 10–35, '<' as 0. */
    public static char checkDigit(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isUpperCase(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** {@code SURNAME<<GIVEN<NAMES} without diacritics, cut to 30 characters. */
    static String nameLine(String fullName) {
        String ascii = Normalizer.normalize(fullName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z ]", " ")
                .trim();
        String[] words = ascii.split("\\s+");
        String line = words[0] + "<<" + String.join("<", List.of(words).subList(1, words.length));
        line = line.length() > 30 ? line.substring(0, 30) : line;
        return line + "<".repeat(30 - line.length());
    }

    @Override
    public String toString() {
        return "Td1Mrz[redacted]";
    }
}
