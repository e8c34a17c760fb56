package vn.counterdesk.invoice.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * {@code TgTTTBChu}: the total payable in words, capitalised, ending with the currency name ("… đồng").
 * Negative totals (adjustments that decrease) start with "Âm". Foreign currencies read the major unit and the
 * cents ("… đô la Mỹ và năm mươi sáu xu") — a vendor convention, not a regulation (spec §4 [UNCONFIRMED]).
 */
public final class AmountInWords {

    /** Maximum length of {@code TgTTTBChu} in the format. */
    public static final int MAX_LENGTH = 255;

    private static final Map<String, String> MAJOR_UNITS = Map.of(
            "VND", "đồng", "USD", "đô la Mỹ", "EUR", "euro", "JPY", "yên", "CNY", "nhân dân tệ", "GBP", "bảng Anh");

    private final VietnameseNumberWords numbers;
    private final WordsStyle style;

    public AmountInWords(WordsStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        this.numbers = new VietnameseNumberWords(style);
    }

    public static AmountInWords standard() {
        return new AmountInWords(WordsStyle.DEFAULT);
    }

    /** A whole amount of đồng, e.g. 1 284 000 → "Một triệu hai trăm tám mươi bốn nghìn đồng". */
    public String dong(long amount) {
        return sentence(signed(amount) + " đồng");
    }

    /**
     * An amount in {@code currency}: whole đồng for VND (the caller rounds first); major unit and cents for
     * other currencies.
     */
    public String of(BigDecimal amount, String currency) {
        String major = MAJOR_UNITS.getOrDefault(currency, currency);
        BigDecimal abs = amount.abs();
        BigDecimal whole = abs.setScale(0, RoundingMode.DOWN);
        int cents = abs.subtract(whole)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
        StringBuilder text = new StringBuilder();
        if (amount.signum() < 0) {
            text.append("âm ");
        }
        text.append(numbers.words(whole.longValueExact())).append(' ').append(major);
        if (!"VND".equals(currency) && cents > 0) {
            text.append(" và ").append(numbers.words(cents)).append(" xu");
        }
        return sentence(text.toString());
    }

    private String signed(long amount) {
        return amount < 0 ? "âm " + numbers.words(-amount) : numbers.words(amount);
    }

    private String sentence(String text) {
        String capitalised = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return style.fullStop() ? capitalised + "." : capitalised;
    }
}
