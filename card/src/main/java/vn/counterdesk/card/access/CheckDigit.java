package vn.counterdesk.card.access;

/** ICAO 9303-3 §4.9 check digits: weights 7, 3, 1; A–Z = 10–35; filler = 0. */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {}

    public static char of(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += value(text.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** True when {@code digit} is the check digit of {@code text}; a filler counts as 0. */
    public static boolean matches(CharSequence text, char digit) {
        char expected = of(text);
        return digit == expected || (digit == '<' && expected == '0');
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("character not allowed in an MRZ field");
    }
}
