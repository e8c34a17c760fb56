package vn.counterdesk.card.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.ScriptedTransport;
import vn.counterdesk.pcsc.CommandApdu;

/** AES-256 secure messaging vector (icao-test-vectors §3.1) and the second 3DES vector (§2.4). */
class AesSecureMessagingTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static SessionKeys aes256() {
        return new SessionKeys(
                SmCipher.AES,
                HEX.parseHex("74B94F408BBB2CD92571FD5B6370A94CCE7A2FA42AE3EB4DA47B97CE6EAA24C6"),
                HEX.parseHex("9E28D5D9FF1D979BE752E8926BF0E1D35A440FC0AEFC4AA3BC5610055AC8B113"),
                HEX.parseHex("00000000000000000000000000000020"));
    }

    @Test
    void readsEfComUnderAes256() throws Exception {
        ScriptedTransport card = new ScriptedTransport()
                .expect(
                        "0CA4020C1D8711011D35E7EB510E21A0DD12380D9AD2B92D8E0828CB68B81D3FAFC000",
                        "990290008E08E083EAA61ADABFCE9000")
                .expect(
                        "0CB000000D9701048E084AFC933E0CDBE5F000",
                        "871101D8059A9CF835105082CA2B1837E4AEC0990290008E08B36DB56761D706BB9000")
                .expect(
                        "0CB000040D9701168E0811F7EFC907D1F27400",
                        "87210142E919C115FAF69350B01813D77A9E8D91912A7F717AFD073F199070E61B79C6990290008E083382E3D983F441369000");
        SecureMessagingTransport sm = new SecureMessagingTransport(card, aes256());

        assertThat(sm.transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")))
                        .sw())
                .isEqualTo(0x9000);
        assertThat(HEX.formatHex(
                        sm.transmit(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4)).data()))
                .isEqualTo("60185F01");
        assertThat(HEX.formatHex(sm.transmit(new CommandApdu(0x00, 0xB0, 0x00, 0x04, 0x16))
                        .data()))
                .isEqualTo("04303130385F36063034303030305C06617563766D6E");
        assertThat(HEX.formatHex(sm.sendSequenceCounter())).isEqualTo("00000000000000000000000000000026");
    }

    @Test
    void tamperedAesResponseIsRejected() {
        ScriptedTransport card = new ScriptedTransport()
                .expect(
                        "0CA4020C1D8711011D35E7EB510E21A0DD12380D9AD2B92D8E0828CB68B81D3FAFC000",
                        "990290008E08E083EAA61ADABFCF9000");
        SecureMessagingTransport sm = new SecureMessagingTransport(card, aes256());

        assertThatThrownBy(() -> sm.transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E"))))
                .isInstanceOf(SecureMessagingException.class);
    }

    @Test
    void successWithoutMacIsRejected() {
        ScriptedTransport card = new ScriptedTransport()
                .expect("0CA4020C1D8711011D35E7EB510E21A0DD12380D9AD2B92D8E0828CB68B81D3FAFC000", "9000");
        SecureMessagingTransport sm = new SecureMessagingTransport(card, aes256());

        assertThatThrownBy(() -> sm.transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E"))))
                .isInstanceOf(SecureMessagingException.class);
    }

    @Test
    void wrapsTheJmrtdDesedeVector() {
        SecureMessagingTransport sm = new SecureMessagingTransport(
                new ScriptedTransport(),
                new SessionKeys(
                        SmCipher.DESEDE,
                        HEX.parseHex("3DE649F8AEA41C04FB6D4CD9043757AD"),
                        HEX.parseHex("8C34AD61974F68CEBA3E0EAEA1456476"),
                        HEX.parseHex("AB1D2F337FD997D6")));

        assertThat(HEX.formatHex(sm.wrap(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")))
                        .encode()))
                .isEqualTo("0CA4020C15870901FF0E241E2F94B5088E0822FF803EC310433600");
        assertThat(HEX.formatHex(
                        sm.wrap(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4)).encode()))
                .isEqualTo("0CB000000D9701048E0868DD9FD88472834A00");
    }

    @Test
    void extendedLeIsEncodedInTwoBytes() {
        SecureMessagingTransport sm = new SecureMessagingTransport(new ScriptedTransport(), aes256());

        CommandApdu wrapped = sm.wrap(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 1000));

        assertThat(wrapped.isExtended()).isTrue();
        assertThat(HEX.formatHex(wrapped.data())).startsWith("970203E8");
        assertThat(sm.maxShortReadLength()).isEqualTo(223);
    }
}
