package vn.counterdesk.card.access;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.counterdesk.card.lds.MrzRecord;

/**
 * Turns clerk input into an {@link AccessInput}. Input often comes from keyboard-wedge scanners, so
 * an AIM symbology identifier ({@code ]Q1}, {@code ]d2}, …), stray whitespace, CR/LF and a BOM are
 * tolerated. Every rejection names the field that is wrong.
 */
public final class AccessInputParser {

    private static final System.Logger LOG = System.getLogger(AccessInputParser.class.getName());

    /** ISO/IEC 15424 symbology identifier: ']' + code character + modifier. */
    private static final Pattern AIM_PREFIX = Pattern.compile("^\\][A-Za-z][0-9A-Za-z]");

    private static final DateTimeFormatter QR_DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private AccessInputParser() {}

    /** Guesses the kind of scanned text: QR (has '|'), MRZ (has '<'), 12-digit ID, 6-digit CAN. */
    public static AccessInput detect(String raw) throws InvalidAccessInputException {
        String text = stripScannerNoise(raw);
        if (text.indexOf('|') >= 0) {
            return qr(raw);
        }
        if (text.indexOf('<') >= 0) {
            return mrz(raw);
        }
        String digits = text.replaceAll("\\s", "");
        if (digits.length() == 6) {
            return can(raw);
        }
        return idNumber(raw);
    }

    public static AccessInput.IdNumber idNumber(String raw) throws InvalidAccessInputException {
        String digits = stripScannerNoise(raw).replaceAll("[\\s.-]", "");
        if (!digits.matches("\\d{12}")) {
            throw new InvalidAccessInputException("idNumber", "must be 12 digits");
        }
        return new AccessInput.IdNumber(digits);
    }

    public static AccessInput.Can can(String raw) throws InvalidAccessInputException {
        String digits = stripScannerNoise(raw).replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            throw new InvalidAccessInputException("can", "must be 6 digits");
        }
        return new AccessInput.Can(digits);
    }

    /**
     * An MRZ as 3 lines of 30 (TD1) or 2 of 44 (TD3), with or without line breaks; lower case and
     * spaces from OCR or typing are normalised. Check digits must all match.
     */
    public static AccessInput.Mrz mrz(String raw) throws InvalidAccessInputException {
        String text = stripScannerNoise(raw).toUpperCase(java.util.Locale.ROOT);
        List<String> lines = Arrays.stream(text.split("[\\r\\n]+"))
                .map(l -> l.replaceAll("[\\s\\u00A0]", ""))
                .filter(l -> !l.isEmpty())
                .toList();
        String joined = String.join("", lines);
        if (lines.size() > 1
                && !(lines.stream().allMatch(l -> l.length() == 30)
                        || lines.stream().allMatch(l -> l.length() == 44))) {
            throw new InvalidAccessInputException("mrz", "lines must be 3 × 30 (TD1) or 2 × 44 (TD3) characters");
        }
        if (joined.length() != 90 && joined.length() != 88) {
            throw new InvalidAccessInputException(
                    "mrz", "must be 90 (TD1) or 88 (TD3) characters, got " + joined.length());
        }
        if (!joined.matches("[0-9A-Z<]+")) {
            throw new InvalidAccessInputException("mrz", "only 0-9, A-Z and < are allowed");
        }
        MrzRecord record = MrzRecord.parse(joined);
        if (!record.checkDigitsValid()) {
            MrzRecord.CheckDigitProblem first = record.checkDigitProblems().getFirst();
            throw new InvalidAccessInputException(
                    "mrz." + first.field(), "check digit is " + first.found() + ", expected " + first.expected());
        }
        // Check digits are defined over letters too, so "9M1055" passes as a date of birth; the chip's key needs
        // digits (found by fuzzing: the key plan threw IllegalArgumentException on such an MRZ).
        Optional<String> unusable =
                BacKey.firstInvalidField(record.documentNumber(), record.dateOfBirth(), record.dateOfExpiry());
        if (unusable.isPresent()) {
            throw new InvalidAccessInputException("mrz." + unusable.get(), "is not usable for the chip's access key");
        }
        return new AccessInput.Mrz(record);
    }

    /** Explicit BAC fields as {@code DOCNO,YYMMDD,YYMMDD}. */
    public static AccessInput.Bac bac(String raw) throws InvalidAccessInputException {
        String[] parts = stripScannerNoise(raw).split(",", -1);
        if (parts.length != 3) {
            throw new InvalidAccessInputException("bac", "expected DOCNO,YYMMDD,YYMMDD");
        }
        return bac(parts[0], parts[1], parts[2]);
    }

    public static AccessInput.Bac bac(String documentNumber, String dateOfBirth, String dateOfExpiry)
            throws InvalidAccessInputException {
        String doc = documentNumber.strip().toUpperCase(java.util.Locale.ROOT);
        if (!doc.matches("[0-9A-Z]{1,9}")) {
            throw new InvalidAccessInputException("bac.documentNumber", "must be 1 to 9 letters or digits");
        }
        String dob = dateOfBirth.strip();
        String doe = dateOfExpiry.strip();
        requireMrzDate("bac.dateOfBirth", dob, false);
        requireMrzDate("bac.dateOfExpiry", doe, true);
        return new AccessInput.Bac(new BacKey(doc, dob, doe));
    }

    /**
     * QR text of the 2021 CCCD ({@code ID|oldID|name|ddMMyyyy|sex|address|ddMMyyyy}) or the 2024 card.
     * Field 0 must be the 12-digit ID; fields 1–6 are mapped only when they fit the 2021 layout
     * (spec §7.2), otherwise the layout is reported as unknown and only PACE-CAN is possible.
     */
    public static AccessInput.Qr qr(String raw) throws InvalidAccessInputException {
        String text = Normalizer.normalize(stripScannerNoise(raw), Normalizer.Form.NFC);
        List<String> fields =
                Arrays.stream(text.split("\\|", -1)).map(String::strip).toList();
        if (!fields.getFirst().matches("\\d{12}")) {
            throw new InvalidAccessInputException("qr.idNumber", "field 1 must be the 12-digit ID number");
        }
        boolean layout2021 = fields.size() >= 7
                && fields.get(3).matches("\\d{8}")
                && fields.get(6).matches("\\d{8}")
                && (fields.get(4).equals("Nam") || fields.get(4).equals("Nữ"));
        if (!layout2021) {
            // Field count only: the content is personal data (spec §7.2).
            LOG.log(
                    System.Logger.Level.INFO,
                    "QR layout not recognised ({0} fields); using the ID only",
                    fields.size());
            return new AccessInput.Qr(new QrData(
                    QrData.Layout.UNKNOWN,
                    fields.getFirst(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    fields));
        }
        String oldId = fields.get(1);
        if (!oldId.isEmpty() && !oldId.matches("\\d{9}|\\d{12}")) {
            throw new InvalidAccessInputException("qr.oldIdNumber", "must be 9 digits or empty");
        }
        LocalDate birth = qrDate("qr.dateOfBirth", fields.get(3));
        LocalDate issue = qrDate("qr.dateOfIssue", fields.get(6));
        if (issue.isBefore(birth)) {
            throw new InvalidAccessInputException("qr.dateOfIssue", "is before the date of birth");
        }
        return new AccessInput.Qr(new QrData(
                QrData.Layout.CCCD_2021,
                fields.getFirst(),
                optional(oldId),
                optional(fields.get(2)),
                Optional.of(birth),
                Optional.of(fields.get(4)),
                optional(fields.get(5)),
                Optional.of(issue),
                fields));
    }

    /** Removes what scanners and copy-paste add around the payload. */
    static String stripScannerNoise(String raw) {
        String text = raw.replace("\uFEFF", "").strip();
        text = AIM_PREFIX.matcher(text).replaceFirst("");
        return text.strip();
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static LocalDate qrDate(String field, String value) throws InvalidAccessInputException {
        try {
            return LocalDate.parse(value, QR_DATE);
        } catch (DateTimeException e) {
            throw new InvalidAccessInputException(field, "is not a valid ddMMyyyy date");
        }
    }

    private static void requireMrzDate(String field, String value, boolean expiry) throws InvalidAccessInputException {
        if (!value.matches("\\d{6}")) {
            throw new InvalidAccessInputException(field, "must be YYMMDD");
        }
        if (expiry && value.equals(BacKey.LIFETIME_EXPIRY)) {
            return;
        }
        try {
            LocalDate.of(
                    2000 + Integer.parseInt(value.substring(0, 2)),
                    Integer.parseInt(value.substring(2, 4)),
                    Integer.parseInt(value.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidAccessInputException(field, "is not a valid YYMMDD date");
        }
    }
}
