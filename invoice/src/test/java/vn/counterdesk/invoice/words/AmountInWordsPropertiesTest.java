package vn.counterdesk.invoice.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Properties over many amounts (seeded, reproducible; {@code -Dinvoice.words.seed=N} for another sample): the words
 * read back to the same number with an independent parser, and the reading obeys the structure rules.
 */
class AmountInWordsPropertiesTest {

    private static final VietnameseNumberWords NUMBERS = new VietnameseNumberWords(WordsStyle.DEFAULT);

    /** Log-uniform over 0..10^18: every digit count is equally likely, plus the edges. */
    static LongStream amounts() {
        Random random = new Random(Long.getLong("invoice.words.seed", 84_000L));
        LongStream edges =
                LongStream.of(0, 1, 9, 10, 99, 100, 999, 1_000, 1_000_000, 1_000_000_000, VietnameseNumberWords.MAX);
        LongStream randomOnes = LongStream.generate(() -> {
                    int digits = 1 + random.nextInt(18);
                    long bound = (long) Math.pow(10, digits);
                    return random.nextLong(bound);
                })
                .limit(3_000);
        LongStream sparse = LongStream.generate(() -> {
                    // Mostly zeros: the "không trăm", "lẻ" and skipped-group cases.
                    long n = 0;
                    for (int i = 0; i < 18; i++) {
                        n = n * 10 + (random.nextInt(5) == 0 ? random.nextInt(10) : 0);
                    }
                    return n;
                })
                .limit(1_000);
        return LongStream.concat(edges, LongStream.concat(randomOnes, sparse));
    }

    @Test
    void wordsReadBackToTheSameNumber() {
        amounts()
                .forEach(amount -> assertThat(VietnameseWordsParser.parse(NUMBERS.words(amount)))
                        .as("%d", amount)
                        .isEqualTo(amount));
    }

    @Test
    void readingFollowsTheStructureRules() {
        amounts().forEach(AmountInWordsPropertiesTest::followsStructureRules);
    }

    private static void followsStructureRules(long amount) {
        String text = AmountInWords.standard().dong(amount);
        String lower = " " + text.toLowerCase(java.util.Locale.ROOT) + " ";

        assertThat(Character.isUpperCase(text.charAt(0)))
                .as("%d capitalised", amount)
                .isTrue();
        assertThat(text).endsWith(" đồng").doesNotContain("  ").hasSizeLessThanOrEqualTo(255);
        assertThat(lower)
                .as("%d: mốt/lăm after mươi, một/lăm after mười, năm after lẻ", amount)
                .doesNotContain("mươi một ")
                .doesNotContain("mươi năm ")
                .doesNotContain("mười năm ")
                .doesNotContain("lẻ mốt")
                .doesNotContain("lẻ lăm")
                .doesNotContain("mười mốt")
                .doesNotContain("một mươi")
                .doesNotContain("lẻ không")
                .doesNotContain("không nghìn")
                .doesNotContain("không triệu");
        assertThat(lower.startsWith(" không trăm")).isFalse();
        if (amount != 0) {
            assertThat(lower).doesNotContain(" không đồng");
        }
    }
}
