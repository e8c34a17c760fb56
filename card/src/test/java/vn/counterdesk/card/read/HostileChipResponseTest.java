package vn.counterdesk.card.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.FunctionLink;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * A forged or broken chip answers READ BINARY with a header declaring gigabytes, or with more bytes than asked.
 * Each ends the file read with the typed error that {@link ChipReader} turns into {@code MalformedChipData} or
 * {@code IoFailure} with the reason below.
 */
class HostileChipResponseTest {

    private static final ReadListener SILENT = new ReadListener() {};

    /** A card that answers every READ BINARY from {@code file}, padding each answer with {@code extra} bytes. */
    private static FunctionLink lyingCard(byte[] file, int extra) {
        return new FunctionLink(c -> {
            if (c.ins() == 0xA4) {
                return ResponseApdu.of(0x9000);
            }
            int offset = (c.p1() << 8) | c.p2();
            int available = Math.max(0, Math.min(c.ne(), file.length - offset));
            byte[] data = Arrays.copyOf(Arrays.copyOfRange(file, offset, offset + available), available + extra);
            return new ResponseApdu(data, 0x9000);
        });
    }

    @Test
    void aLengthFieldDeclaringTwoGigabytesIsRefusedBeforeAllocating() {
        byte[] header = HexFormat.of().parseHex("75847FFFFFF0" + "00".repeat(32));
        ElementaryFileReader reader = new ElementaryFileReader(lyingCard(header, 0), 223, 0);

        Throwable refused =
                catchThrowable(() -> reader.read(DataGroup.byNumber(2).orElseThrow(), SILENT));

        assertThat(refused)
                .isInstanceOf(TlvParseException.class)
                .hasMessageContaining("declares 2147483638 bytes, more than the 1048576");
    }

    @Test
    void aResponseLongerThanAskedEndsTheReadWithAReason() {
        byte[] file = new byte[300];
        file[0] = 0x75;
        file[1] = (byte) 0x82;
        file[2] = 0x01;
        file[3] = 0x28; // 296 bytes of value
        ElementaryFileReader reader = new ElementaryFileReader(lyingCard(file, 16), 223, 0);

        Throwable refused =
                catchThrowable(() -> reader.read(DataGroup.byNumber(2).orElseThrow(), SILENT));

        assertThat(refused)
                .isInstanceOf(CardIoException.class)
                .hasMessageContaining("returned 239 bytes, more than the 223 asked");
    }
}
