package vn.counterdesk.card.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.counterdesk.card.TestData;

class TlvReaderTest {

    @Test
    void readsMultiByteTagsAndLongLengths() throws Exception {
        byte[] value = new byte[300];
        Tlv tlv = TlvReader.readSingle(TlvWriter.encode(0x5F1F, value));

        assertThat(tlv.tag()).isEqualTo(0x5F1F);
        assertThat(tlv.length()).isEqualTo(300);
        assertThat(TlvReader.readHeader(TestData.hex("75 82 3A 98 7F")).totalLength())
                .isEqualTo(4 + 0x3A98);
    }

    @Test
    void rejectsIndefiniteLength() {
        assertThatThrownBy(() -> TlvReader.readSingle(TestData.hex("30 80 02 01 01 00 00")))
                .isInstanceOf(TlvParseException.class)
                .hasMessageContaining("indefinite");
    }

    @Test
    void rejectsValueLongerThanInput() {
        assertThatThrownBy(() -> TlvReader.readSingle(TestData.hex("61 5D 5F 1F")))
                .isInstanceOf(TlvParseException.class)
                .hasMessageContaining("remain");
    }

    @Test
    void rejectsLengthOverflow() {
        assertThatThrownBy(() -> TlvReader.readSingle(TestData.hex("04 84 FF FF FF FF 00")))
                .isInstanceOf(TlvParseException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> TlvReader.readSingle(TestData.hex("04 85 01 00 00 00 00")))
                .isInstanceOf(TlvParseException.class);
    }

    @Test
    void rejectsTruncatedTagAndTrailingBytes() {
        assertThatThrownBy(() -> TlvReader.readSingle(TestData.hex("5F"))).isInstanceOf(TlvParseException.class);
        assertThatThrownBy(() -> TlvReader.readSingle(TestData.hex("02 01 01 00")))
                .isInstanceOf(TlvParseException.class)
                .hasMessageContaining("trailing");
    }

    @Test
    void primitiveObjectsHaveNoChildren() {
        assertThatThrownBy(() -> new Tlv(0x02, new byte[] {1}).children()).isInstanceOf(TlvParseException.class);
    }

    /** Seeded random inputs: reproducible, and any other exception fails the test with its seed. */
    @Test
    void arbitraryBytesOnlyEverFailWithTheTypedError() {
        java.util.Random random = new java.util.Random(0x7157_2026L);
        for (int run = 0; run < 20_000; run++) {
            byte[] input = new byte[random.nextInt(65)];
            random.nextBytes(input);
            try {
                for (Tlv tlv : TlvReader.readAll(input)) {
                    if (tlv.isConstructed()) {
                        tlv.children();
                    }
                }
            } catch (TlvParseException expected) {
                // the one allowed failure
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "run " + run + ": " + java.util.HexFormat.of().formatHex(input), e);
            }
        }
    }
}
