package vn.counterdesk.invoice.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a non-negative integer up to 10^18 in Vietnamese words, lower case (spec §4). Above a billion the
 * scale words repeat: {@code nghìn tỷ}, {@code triệu tỷ}, {@code tỷ tỷ}.
 */
public final class VietnameseNumberWords {

    public static final long MAX = 1_000_000_000_000_000_000L;

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private final WordsStyle style;

    public VietnameseNumberWords(WordsStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    public String words(long n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("amount out of range 0..10^18");
        }
        if (n == 0) {
            return DIGITS[0];
        }
        List<String> out = new ArrayList<>();
        appendWords(n, out);
        return String.join(" ", out);
    }

    // n = hi·10⁹ + lo: the part above a billion is read recursively and followed by "tỷ"; the rest continues
    // as a non-leading block ("một tỷ không trăm lẻ năm").
    private void appendWords(long n, List<String> out) {
        long hi = n / BILLION;
        long lo = n % BILLION;
        if (hi > 0) {
            appendWords(hi, out);
            out.add("tỷ");
        }
        appendBelowBillion(lo, hi > 0, out);
    }

    private void appendBelowBillion(long n, boolean nonLeading, List<String> out) {
        int[] groups = {(int) (n / 1_000_000), (int) (n / 1_000 % 1_000), (int) (n % 1_000)};
        String[] scales = {"triệu", style.thousand(), ""};
        boolean spoken = nonLeading;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            appendGroup(groups[i], spoken, out);
            if (!scales[i].isEmpty()) {
                out.add(scales[i]);
            }
            spoken = true;
        }
    }

    /** One group of three digits; {@code full} = something was read before it, so a zero hundreds is spoken. */
    private void appendGroup(int group, boolean full, List<String> out) {
        int h = group / 100;
        int t = group / 10 % 10;
        int u = group % 10;
        boolean hundredsSpoken = full || h > 0;
        if (hundredsSpoken) {
            out.add(DIGITS[h]);
            out.add("trăm");
        }
        switch (t) {
            case 0 -> {
                if (u != 0) {
                    if (hundredsSpoken) {
                        out.add(style.zeroTens());
                    }
                    out.add(DIGITS[u]);
                }
            }
            case 1 -> {
                out.add("mười");
                if (u != 0) {
                    out.add(u == 5 ? "lăm" : DIGITS[u]);
                }
            }
            default -> {
                out.add(DIGITS[t]);
                out.add("mươi");
                if (u != 0) {
                    out.add(unitAfterTens(u));
                }
            }
        }
    }

    private String unitAfterTens(int u) {
        return switch (u) {
            case 1 -> "mốt";
            case 4 -> style.fourAfterTens();
            case 5 -> style.fiveAfterTens();
            default -> DIGITS[u];
        };
    }
}
