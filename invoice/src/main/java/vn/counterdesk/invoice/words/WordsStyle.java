package vn.counterdesk.invoice.words;

import java.util.Objects;

/**
 * Regional variants of Vietnamese number words (spec §4). The default matches genuine tax-authority samples:
 * {@code lẻ}, {@code nghìn}, {@code bốn}, {@code lăm}, no trailing full stop.
 *
 * @param zeroTens word before a units digit when the tens digit is zero after a hundreds word ({@code lẻ} /
 *     Northern {@code linh})
 * @param thousand {@code nghìn} / Southern {@code ngàn}
 * @param fourAfterTens units digit 4 after {@code mươi}: {@code bốn} / Northern {@code tư}
 * @param fiveAfterTens units digit 5 after {@code mười}/{@code mươi}: {@code lăm} / colloquial {@code nhăm}
 *     (applied after {@code mươi} only; after {@code mười} it is always {@code lăm})
 * @param fullStop whether the sentence ends with "."
 */
public record WordsStyle(
        String zeroTens, String thousand, String fourAfterTens, String fiveAfterTens, boolean fullStop) {

    public static final WordsStyle DEFAULT = new WordsStyle("lẻ", "nghìn", "bốn", "lăm", false);
    public static final WordsStyle NORTHERN = new WordsStyle("linh", "nghìn", "tư", "lăm", false);

    public WordsStyle {
        Objects.requireNonNull(zeroTens, "zeroTens");
        Objects.requireNonNull(thousand, "thousand");
        Objects.requireNonNull(fourAfterTens, "fourAfterTens");
        Objects.requireNonNull(fiveAfterTens, "fiveAfterTens");
    }

    public WordsStyle withFullStop(boolean value) {
        return new WordsStyle(zeroTens, thousand, fourAfterTens, fiveAfterTens, value);
    }
}
