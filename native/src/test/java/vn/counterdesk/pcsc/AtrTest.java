package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtrTest {

    @ParameterizedTest
    @CsvSource({
        "3B888001000000007781810079, false", // the old default: TCK wrong
        "3B888001000000007781810078, false",
        "3B88800100000000778181007E, true", // TCK fixed
        "3B8880010000000077818100, false", // TCK missing although T=1 is indicated
        "3B02 1403, true", // T=0 only: no TCK
        "3B8F8001804F0CA000000306030001000000006A, true", // PC/SC part 3 contactless storage card
        "3B, false",
        "3B88, false",
        "3BFF, false",
    })
    void recognisesWellFormedAtrs(String hex, boolean wellFormed) {
        assertThat(new Atr(HexFormat.of().parseHex(hex.replace(" ", ""))).isWellFormed())
                .isEqualTo(wellFormed);
    }

    @Test
    void defaultSoftwareCardAtrIsWellFormed() {
        ApduResponder card = command -> ResponseApdu.of(0x9000);
        assertThat(new Atr(card.atr()).isWellFormed()).isTrue();
    }
}
