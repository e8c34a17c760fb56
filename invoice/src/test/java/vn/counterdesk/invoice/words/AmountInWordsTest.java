package vn.counterdesk.invoice.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-checked readings (spec §4 and the rules of Vietnamese number reading); each row is a known trap. */
class AmountInWordsTest {

    private final AmountInWords words = AmountInWords.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | Không đồng
            1                   | Một đồng
            4                   | Bốn đồng
            5                   | Năm đồng
            10                  | Mười đồng
            11                  | Mười một đồng
            14                  | Mười bốn đồng
            15                  | Mười lăm đồng
            20                  | Hai mươi đồng
            21                  | Hai mươi mốt đồng
            24                  | Hai mươi bốn đồng
            25                  | Hai mươi lăm đồng
            55                  | Năm mươi lăm đồng
            91                  | Chín mươi mốt đồng
            100                 | Một trăm đồng
            101                 | Một trăm lẻ một đồng
            105                 | Một trăm lẻ năm đồng
            110                 | Một trăm mười đồng
            111                 | Một trăm mười một đồng
            115                 | Một trăm mười lăm đồng
            121                 | Một trăm hai mươi mốt đồng
            405                 | Bốn trăm lẻ năm đồng
            1000                | Một nghìn đồng
            1001                | Một nghìn không trăm lẻ một đồng
            1005                | Một nghìn không trăm lẻ năm đồng
            1010                | Một nghìn không trăm mười đồng
            1015                | Một nghìn không trăm mười lăm đồng
            1100                | Một nghìn một trăm đồng
            10000               | Mười nghìn đồng
            14014               | Mười bốn nghìn không trăm mười bốn đồng
            15000               | Mười lăm nghìn đồng
            21000               | Hai mươi mốt nghìn đồng
            40500               | Bốn mươi nghìn năm trăm đồng
            100000              | Một trăm nghìn đồng
            105000              | Một trăm lẻ năm nghìn đồng
            120000              | Một trăm hai mươi nghìn đồng
            1000000             | Một triệu đồng
            1000001             | Một triệu không trăm lẻ một đồng
            1000005             | Một triệu không trăm lẻ năm đồng
            1284000             | Một triệu hai trăm tám mươi bốn nghìn đồng
            3021051             | Ba triệu không trăm hai mươi mốt nghìn không trăm năm mươi mốt đồng
            12345678            | Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng
            50000050            | Năm mươi triệu không trăm năm mươi đồng
            145001000           | Một trăm bốn mươi lăm triệu không trăm lẻ một nghìn đồng
            999999999           | Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng
            1000000000          | Một tỷ đồng
            1000000005          | Một tỷ không trăm lẻ năm đồng
            1001000000          | Một tỷ không trăm lẻ một triệu đồng
            1000000000000       | Một nghìn tỷ đồng
            1000000000001       | Một nghìn tỷ không trăm lẻ một đồng
            1000000001000       | Một nghìn tỷ không trăm lẻ một nghìn đồng
            1000001000000       | Một nghìn tỷ không trăm lẻ một triệu đồng
            2500000000000       | Hai nghìn năm trăm tỷ đồng
            1000000000000000    | Một triệu tỷ đồng
            20000000000000000   | Hai mươi triệu tỷ đồng
            123456789012345678  | Một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín tỷ không trăm mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng
            1000000000000000000 | Một tỷ tỷ đồng
            -150000             | Âm một trăm năm mươi nghìn đồng
            """)
    void readsTrickyAmounts(long amount, String expected) {
        assertThat(words.dong(amount)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            105     | Một trăm linh năm đồng
            1005    | Một nghìn không trăm linh năm đồng
            24      | Hai mươi tư đồng
            14      | Mười bốn đồng
            154     | Một trăm năm mươi tư đồng
            """)
    void readsNorthernVariants(long amount, String expected) {
        assertThat(new AmountInWords(WordsStyle.NORTHERN).dong(amount)).isEqualTo(expected);
    }

    @Test
    void southernThousandAndColloquialFiveAndFullStopAreConfigurable() {
        WordsStyle style = new WordsStyle("lẻ", "ngàn", "bốn", "nhăm", true);
        AmountInWords southern = new AmountInWords(style);

        assertThat(southern.dong(25_000)).isEqualTo("Hai mươi nhăm ngàn đồng.");
        assertThat(southern.dong(15)).isEqualTo("Mười lăm đồng.");
    }

    @Test
    void foreignCurrencyReadsUnitsAndCents() {
        assertThat(words.of(new BigDecimal("131.75"), "USD"))
                .isEqualTo("Một trăm ba mươi mốt đô la Mỹ và bảy mươi lăm xu");
        assertThat(words.of(new BigDecimal("20.00"), "EUR")).isEqualTo("Hai mươi euro");
        assertThat(words.of(new BigDecimal("1284000"), "VND")).isEqualTo("Một triệu hai trăm tám mươi bốn nghìn đồng");
    }

    @Test
    void theLongestReadingFitsTgTTTBChu() {
        String longest = words.dong(999_999_999_999_999_999L);
        assertThat(longest).hasSizeLessThanOrEqualTo(AmountInWords.MAX_LENGTH);
    }

    @Test
    void amountsBeyondTenToTheEighteenAreRefused() {
        assertThatThrownBy(() -> words.dong(1_000_000_000_000_000_001L)).isInstanceOf(IllegalArgumentException.class);
    }
}
