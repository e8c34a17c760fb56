package vn.counterdesk.card.lds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.card.access.BacKey;
import vn.counterdesk.card.access.CheckDigit;

/**
 * A machine-readable zone (TD1 3×30 or TD3 2×44) split into its fields, with every check digit
 * evaluated. Dates stay in their six-character MRZ form; {@link MrzDates} turns them into dates.
 *
 * <p>The Vietnamese TD1 trap (spec §6): line 1 positions 16–27 hold the 12-digit ID as optional
 * data right after a complete 9-digit document number and its check digit. The document number
 * is only extended into the optional data when its own check digit position holds a filler, as
 * Doc 9303-5 defines for long numbers, so the VN layout keeps both fields intact.
 */
public record MrzRecord(
        Format format,
        String documentCode,
        String issuingState,
        String documentNumber,
        String optionalData1,
        String dateOfBirth,
        String sex,
        String dateOfExpiry,
        String nationality,
        String optionalData2,
        String primaryIdentifier,
        String secondaryIdentifier,
        List<CheckDigitProblem> checkDigitProblems,
        String text) {

    public enum Format {
        TD1(3, 30),
        TD3(2, 44);

        final int lines;
        final int width;

        Format(int lines, int width) {
            this.lines = lines;
            this.width = width;
        }

        public int length() {
            return lines * width;
        }
    }

    /** A check digit that does not match its field; {@code field} is the contract name of the field. */
    public record CheckDigitProblem(String field, char found, char expected) {}

    public MrzRecord {
        checkDigitProblems = List.copyOf(checkDigitProblems);
    }

    /**
     * Splits MRZ text (lines concatenated, no separators) into fields.
     *
     * @throws IllegalArgumentException when the length is not 90 (TD1) or 88 (TD3) or a character
     *     is outside the MRZ alphabet
     */
    public static MrzRecord parse(String text) {
        if (!text.matches("[0-9A-Z<]*")) {
            throw new IllegalArgumentException("MRZ holds characters outside 0-9, A-Z and <");
        }
        return switch (text.length()) {
            case 90 -> parseTd1(text);
            case 88 -> parseTd3(text);
            default ->
                throw new IllegalArgumentException("MRZ has " + text.length() + " characters, expected 90 or 88");
        };
    }

    private static MrzRecord parseTd1(String t) {
        List<CheckDigitProblem> problems = new ArrayList<>();
        String l1 = t.substring(0, 30), l2 = t.substring(30, 60), l3 = t.substring(60, 90);
        String docNumber = l1.substring(5, 14);
        char docCheck = l1.charAt(14);
        String optional1 = l1.substring(15, 30);
        // Only when optional data starts with the rest of the number: "<A…" has no rest (found by fuzzing, it made
        // the split below index before the start), and its '<' check digit is reported as a check-digit problem.
        if (docCheck == '<' && optional1.charAt(0) != '<') {
            // Long document number (Doc 9303-5 §4.2.4): the rest and its check digit sit in optional data.
            int end = optional1.indexOf('<');
            String rest = end < 0 ? optional1 : optional1.substring(0, end);
            docNumber = docNumber + rest.substring(0, rest.length() - 1);
            docCheck = rest.charAt(rest.length() - 1);
            optional1 = end < 0 ? "" : optional1.substring(end);
        }
        check(problems, "documentNumber", docNumber, docCheck);
        check(problems, "dateOfBirth", l2.substring(0, 6), l2.charAt(6));
        check(problems, "dateOfExpiry", l2.substring(8, 14), l2.charAt(14));
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        check(problems, "composite", composite, l2.charAt(29));
        String[] names = splitNames(l3);
        return new MrzRecord(
                Format.TD1,
                trimFillers(l1.substring(0, 2)),
                trimFillers(l1.substring(2, 5)),
                trimFillers(docNumber),
                optional1,
                l2.substring(0, 6),
                l2.substring(7, 8),
                l2.substring(8, 14),
                trimFillers(l2.substring(15, 18)),
                l2.substring(18, 29),
                names[0],
                names[1],
                problems,
                t);
    }

    private static MrzRecord parseTd3(String t) {
        List<CheckDigitProblem> problems = new ArrayList<>();
        String l1 = t.substring(0, 44), l2 = t.substring(44, 88);
        check(problems, "documentNumber", l2.substring(0, 9), l2.charAt(9));
        check(problems, "dateOfBirth", l2.substring(13, 19), l2.charAt(19));
        check(problems, "dateOfExpiry", l2.substring(21, 27), l2.charAt(27));
        check(problems, "optionalData", l2.substring(28, 42), l2.charAt(42));
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        check(problems, "composite", composite, l2.charAt(43));
        String[] names = splitNames(l1.substring(5));
        return new MrzRecord(
                Format.TD3,
                trimFillers(l1.substring(0, 2)),
                trimFillers(l1.substring(2, 5)),
                trimFillers(l2.substring(0, 9)),
                l2.substring(28, 42),
                l2.substring(13, 19),
                l2.substring(20, 21),
                l2.substring(21, 27),
                trimFillers(l2.substring(10, 13)),
                "",
                names[0],
                names[1],
                problems,
                t);
    }

    /** The 12-digit Vietnamese ID held in TD1 optional data (line 1 pos 16–27), if present. */
    public Optional<String> vietnameseIdNumber() {
        if (format == Format.TD1
                && optionalData1.length() >= 12
                && optionalData1.substring(0, 12).matches("\\d{12}")) {
            return Optional.of(optionalData1.substring(0, 12));
        }
        return Optional.empty();
    }

    /** The BAC key this MRZ yields. */
    public BacKey bacKey() {
        return new BacKey(documentNumber, dateOfBirth, dateOfExpiry);
    }

    /** "SURNAME GIVEN NAMES" with fillers turned into spaces. */
    public String names() {
        return secondaryIdentifier.isEmpty() ? primaryIdentifier : primaryIdentifier + " " + secondaryIdentifier;
    }

    public boolean checkDigitsValid() {
        return checkDigitProblems.isEmpty();
    }

    @Override
    public String toString() {
        return "MrzRecord[" + format + ", redacted]";
    }

    private static void check(List<CheckDigitProblem> problems, String field, String value, char digit) {
        if (!CheckDigit.matches(value, digit)) {
            problems.add(new CheckDigitProblem(field, digit, CheckDigit.of(value)));
        }
    }

    private static String[] splitNames(String nameField) {
        String trimmed = trimFillers(nameField);
        int separator = trimmed.indexOf("<<");
        String primary = separator < 0 ? trimmed : trimmed.substring(0, separator);
        String secondary = separator < 0 ? "" : trimmed.substring(separator + 2);
        return new String[] {
            primary.replace('<', ' ').trim(), secondary.replace('<', ' ').trim()
        };
    }

    private static String trimFillers(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(0, end);
    }
}
