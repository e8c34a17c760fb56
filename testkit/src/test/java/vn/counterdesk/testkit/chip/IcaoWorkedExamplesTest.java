package vn.counterdesk.testkit.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The card side replays ICAO Doc 9303-11 Appendix D (BAC + 3DES SM) and Appendix G.1 (PACE-GM on
 * brainpoolP256r1 + AES SM) byte for byte: the chip's random choices are injected, every command
 * is the terminal's from the worked example, and every response must equal the published one.
 * Values: shared/spec/icao-test-vectors.md §2, §4.
 */
class IcaoWorkedExamplesTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] COM_APPENDIX_D = hex("60145F0104303130365F36063034303030305C026175");

    @Test
    @DisplayName("Appendix D: BAC mutual authentication and 3DES secure messaging")
    void bacAppendixD() throws Exception {
        VirtualIdCard card = appendixDCard();

        assertThat(exchange(card, "00A4040C07A0000002471001")).isEqualTo("9000");
        assertThat(exchange(card, "0084000008")).isEqualTo("4608F919887022129000");
        assertThat(exchange(
                        card,
                        "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728"))
                .isEqualTo("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000");
        assertThat(card.accessMethod()).contains(VirtualIdCard.AccessMethod.BAC);

        // D.4: SELECT EF.COM, READ BINARY 4, READ BINARY 18 at offset 4, all protected.
        assertThat(exchange(card, "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"))
                .isEqualTo("990290008E08FA855A5D4C50A8ED9000");
        assertThat(exchange(card, "0CB000000D9701048E08ED6705417E96BA5500"))
                .isEqualTo("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000");
        assertThat(exchange(card, "0CB000040D9701128E082EA28A70F3C7B53500"))
                .isEqualTo("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000");
    }

    @Test
    @DisplayName("Appendix D.2: BAC keys with DES parity")
    void bacKeyDerivation() {
        byte[] seed = hex("239AB9CB282DAF66231DC5A4DF6BFBAE");
        assertThat(HEX.formatHex(ChipCrypto.deriveKey(seed, ChipCrypto.KDF_ENC, SmFlavour.DESEDE)))
                .isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(HEX.formatHex(ChipCrypto.deriveKey(seed, ChipCrypto.KDF_MAC, SmFlavour.DESEDE)))
                .isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
    }

    @Test
    @DisplayName("Appendix G.1: PACE-GM brainpoolP256r1 AES-128, then the first AES-protected command")
    void paceAppendixG1() throws Exception {
        CardImage image = image("T22000129364081251010318", "000000", COM_APPENDIX_D);
        VirtualIdCard card = new VirtualIdCard(
                image,
                ChipBehaviour.NORMAL,
                ScriptedChipRandom.ofHex(
                        "3F00C4D39D153F2B2A214A078D899B22",
                        "498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560",
                        "107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A"));

        assertThat(exchange(card, "0022C1A40F800A04007F00070202040202830101")).isEqualTo("9000");
        assertThat(exchange(card, "10860000027C0000")).isEqualTo("7C12801095A3A016522EE98D01E76CB6B98B42C39000");
        assertThat(exchange(
                        card,
                        "10860000457C43814104"
                                + "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                                + "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D00"))
                .isEqualTo("7C43824104"
                        + "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                        + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"
                        + "9000");
        assertThat(exchange(
                        card,
                        "10860000457C43834104"
                                + "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
                                + "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB3646200"))
                .isEqualTo("7C43844104"
                        + "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                        + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"
                        + "9000");
        assertThat(exchange(card, "008600000C7C0A8508C2B0BD78D94BA86600")).isEqualTo("7C0A86083ABB9674BCE93C089000");
        assertThat(card.accessMethod()).contains(VirtualIdCard.AccessMethod.PACE);

        // icao-test-vectors.md §3.2: first protected command with the G.1 session keys, SSC 1.
        String selectAid = exchange(card, "0CA4040C1D871101752F676B09FAC86A87D632749A49C7CC8E08C18BA1FCE707BD9F00");
        assertThat(selectAid).startsWith("99029000").endsWith("9000");
    }

    @Test
    @DisplayName("AES secure messaging vector (icao-test-vectors.md §3.1)")
    void aesSecureMessagingVector() {
        byte[] ssc = new byte[16];
        ssc[15] = 0x20;
        ChipSecureChannel channel = new ChipSecureChannel(
                SmFlavour.AES,
                hex("74B94F408BBB2CD92571FD5B6370A94CCE7A2FA42AE3EB4DA47B97CE6EAA24C6"),
                hex("9E28D5D9FF1D979BE752E8926BF0E1D35A440FC0AEFC4AA3BC5610055AC8B113"),
                ssc);

        assertThat(plainOf(channel, "0CA4020C1D8711011D35E7EB510E21A0DD12380D9AD2B92D8E0828CB68B81D3FAFC000"))
                .isEqualTo(CommandApdu.parse(hex("00A4020C02011E")));
        assertThat(wrapped(channel, "9000")).isEqualTo("990290008E08E083EAA61ADABFCE9000");
        assertThat(plainOf(channel, "0CB000000D9701048E084AFC933E0CDBE5F000"))
                .isEqualTo(CommandApdu.parse(hex("00B0000004")));
        assertThat(wrapped(channel, "60185F019000"))
                .isEqualTo("871101D8059A9CF835105082CA2B1837E4AEC0990290008E08B36DB56761D706BB9000");
        assertThat(HEX.formatHex(channel.ssc())).endsWith("0024");
    }

    @Test
    @DisplayName("A protected command with a flipped MAC bit is refused with 6988 and ends the session")
    void badCommandMacEndsSession() throws Exception {
        VirtualIdCard card = appendixDCard();
        exchange(card, "00A4040C07A0000002471001");
        exchange(card, "0084000008");
        exchange(card, "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728");

        assertThat(exchange(card, "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F900"))
                .isEqualTo("6988");
        assertThat(card.accessMethod()).isEmpty();
    }

    /** The Appendix D chip: MRZ L898902C<, RND.IC and K.IC of the worked example. */
    private static VirtualIdCard appendixDCard() {
        return new VirtualIdCard(
                image("L898902C<369080619406236", "000000", COM_APPENDIX_D),
                ChipBehaviour.NORMAL,
                ScriptedChipRandom.ofHex("4608F91988702212", "0B4F80323EB3191CB04970CB4052790B"));
    }

    private static CommandApdu plainOf(ChipSecureChannel channel, String protectedApdu) {
        return switch (channel.unwrap(CommandApdu.parse(hex(protectedApdu)))) {
            case ChipSecureChannel.Unwrapped.Plain plain -> plain.command();
            case ChipSecureChannel.Unwrapped.Rejected rejected ->
                throw new AssertionError("rejected with " + Integer.toHexString(rejected.sw()));
        };
    }

    private static String wrapped(ChipSecureChannel channel, String plainResponse) {
        return HEX.formatHex(
                channel.wrap(ResponseApdu.parse(hex(plainResponse))).encode());
    }

    static CardImage image(String mrzInformation, String can, byte[] com) {
        return new CardImage(
                Map.of(ChipFile.COM, com),
                new PaceChip.PacePasswords(mrzInformation, can),
                Optional.empty(),
                Optional.empty());
    }

    static String exchange(VirtualIdCard card, String apdu) throws Exception {
        return HEX.formatHex(card.respond(CommandApdu.parse(hex(apdu))).encode());
    }

    static byte[] hex(String value) {
        return HEX.parseHex(value);
    }
}
