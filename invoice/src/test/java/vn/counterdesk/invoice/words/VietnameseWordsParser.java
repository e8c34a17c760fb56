package vn.counterdesk.invoice.words;

import java.util.Arrays;
import java.util.List;

/**
 * Test oracle: reads Vietnamese number words back into a number, by a different route than the writer (splitting
 * on the last scale word instead of composing groups). Rejects what it does not understand.
 */
final class VietnameseWordsParser {

    private static final List<String> DIGITS =
            List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín");

    private VietnameseWordsParser() {}

    static long parse(String text) {
        List<String> tokens = Arrays.asList(text.strip().split(" "));
        return parseTokens(tokens);
    }

    private static long parseTokens(List<String> tokens) {
        int billion = tokens.lastIndexOf("tỷ");
        if (billion >= 0) {
            return parseTokens(tokens.subList(0, billion)) * 1_000_000_000L
                    + belowBillion(tokens.subList(billion + 1, tokens.size()));
        }
        return belowBillion(tokens);
    }

    private static long belowBillion(List<String> tokens) {
        int million = tokens.indexOf("triệu");
        if (million >= 0) {
            return group(tokens.subList(0, million)) * 1_000_000L
                    + belowMillion(tokens.subList(million + 1, tokens.size()));
        }
        return belowMillion(tokens);
    }

    private static long belowMillion(List<String> tokens) {
        int thousand = tokens.indexOf("nghìn");
        if (thousand >= 0) {
            return group(tokens.subList(0, thousand)) * 1_000L + group(tokens.subList(thousand + 1, tokens.size()));
        }
        return group(tokens);
    }

    private static long group(List<String> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        if (tokens.size() == 1 && tokens.getFirst().equals("không")) {
            return 0;
        }
        int i = 0;
        long value = 0;
        if (tokens.size() >= 2 && tokens.get(1).equals("trăm")) {
            value = 100L * digit(tokens.get(0));
            i = 2;
        }
        if (i == tokens.size()) {
            return value;
        }
        String t = tokens.get(i);
        if (t.equals("lẻ")) {
            expectEnd(tokens, i + 2);
            return value + digit(tokens.get(i + 1));
        }
        if (t.equals("mười")) {
            value += 10;
            if (i + 1 < tokens.size()) {
                expectEnd(tokens, i + 2);
                String u = tokens.get(i + 1);
                value += u.equals("lăm") ? 5 : digit(u);
            }
            return value;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).equals("mươi")) {
            value += 10L * digit(t);
            if (i + 2 < tokens.size()) {
                expectEnd(tokens, i + 3);
                String u = tokens.get(i + 2);
                value += switch (u) {
                    case "mốt" -> 1;
                    case "lăm" -> 5;
                    default -> digit(u);
                };
            }
            return value;
        }
        expectEnd(tokens, i + 1);
        return value + digit(t);
    }

    private static void expectEnd(List<String> tokens, int end) {
        if (tokens.size() != end) {
            throw new IllegalArgumentException("unexpected words after a group: " + tokens);
        }
    }

    private static long digit(String word) {
        int d = DIGITS.indexOf(word);
        if (d < 0) {
            throw new IllegalArgumentException("not a digit word: " + word);
        }
        return d;
    }
}
