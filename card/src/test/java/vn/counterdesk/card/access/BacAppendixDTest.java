package vn.counterdesk.card.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.FixedRandom;
import vn.counterdesk.card.ScriptedTransport;
import vn.counterdesk.card.sm.SecureMessagingException;
import vn.counterdesk.card.sm.SecureMessagingTransport;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/** ICAO Doc 9303-11 Appendix D: BAC key derivation, mutual authentication and 3DES SM, terminal side. */
class BacAppendixDTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final BacKey KEY = new BacKey("L898902C<", "690806", "940623");
    private static final String EXTERNAL_AUTHENTICATE =
            "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728";
    private static final String CHIP_CRYPTOGRAM =
            "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449";

    @Test
    void derivesTheDocumentBasicAccessKeys() {
        assertThat(KEY.mrzInformation()).isEqualTo("L898902C<369080619406236");
        byte[] seed = KeyDerivation.bacSeed(KEY.mrzInformation());
        assertThat(HEX.formatHex(seed)).isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
        assertThat(HEX.formatHex(KeyDerivation.derive(seed, 1, SmCipher.DESEDE, 16)))
                .isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(HEX.formatHex(KeyDerivation.derive(seed, 2, SmCipher.DESEDE, 16)))
                .isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
    }

    @Test
    void replaysMutualAuthenticationAndSecureMessagingTranscript() throws Exception {
        ScriptedTransport card = new ScriptedTransport()
                .expect("0084000008", "4608F919887022129000")
                .expect(EXTERNAL_AUTHENTICATE, CHIP_CRYPTOGRAM + "9000")
                .expect("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", "990290008E08FA855A5D4C50A8ED9000")
                .expect(
                        "0CB000000D9701048E08ED6705417E96BA5500",
                        "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")
                .expect(
                        "0CB000040D9701128E082EA28A70F3C7B53500",
                        "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000");

        AccessResult result =
                Bac.open(card, KEY, new FixedRandom("781723860C06C226", "0B795240CB7049B01C19B33E32804F0B"));

        assertThat(result).isInstanceOf(AccessResult.Opened.class);
        SecureMessagingTransport sm = ((AccessResult.Opened) result).session();
        assertThat(HEX.formatHex(sm.sendSequenceCounter())).isEqualTo("887022120C06C226");
        assertThat(sm.transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")))
                        .sw())
                .isEqualTo(0x9000);
        ResponseApdu first = sm.transmit(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4));
        assertThat(HEX.formatHex(first.data())).isEqualTo("60145F01");
        ResponseApdu rest = sm.transmit(new CommandApdu(0x00, 0xB0, 0x00, 0x04, 0x12));
        assertThat(HEX.formatHex(rest.data())).isEqualTo("04303130365F36063034303030305C026175");
        assertThat(HEX.formatHex(sm.sendSequenceCounter())).isEqualTo("887022120C06C22C");
        assertThat(card.finished()).isTrue();
    }

    @Test
    void flippedChipMacFailsAuthentication() throws Exception {
        String tampered = CHIP_CRYPTOGRAM.substring(0, CHIP_CRYPTOGRAM.length() - 1) + "8";
        ScriptedTransport card = new ScriptedTransport()
                .expect("0084000008", "4608F919887022129000")
                .expect(EXTERNAL_AUTHENTICATE, tampered + "9000");

        AccessResult result =
                Bac.open(card, KEY, new FixedRandom("781723860C06C226", "0B795240CB7049B01C19B33E32804F0B"));

        assertThat(result).isInstanceOf(AccessResult.Failed.class);
    }

    @Test
    void wrongKeyIsRefusedNotFailed() throws Exception {
        ScriptedTransport card = new ScriptedTransport()
                .expect("0084000008", "4608F919887022129000")
                .expect(EXTERNAL_AUTHENTICATE, "6300");

        AccessResult result =
                Bac.open(card, KEY, new FixedRandom("781723860C06C226", "0B795240CB7049B01C19B33E32804F0B"));

        assertThat(result)
                .isInstanceOfSatisfying(
                        AccessResult.Refused.class,
                        r -> assertThat(r.wrongKey()).isTrue());
    }

    @Test
    void badResponseMacAbortsTheSession() throws Exception {
        ScriptedTransport card = new ScriptedTransport()
                .expect("0084000008", "4608F919887022129000")
                .expect(EXTERNAL_AUTHENTICATE, CHIP_CRYPTOGRAM + "9000")
                .expect("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", "990290008E08FA855A5D4C50A8EC9000");
        SecureMessagingTransport sm = ((AccessResult.Opened)
                        Bac.open(card, KEY, new FixedRandom("781723860C06C226", "0B795240CB7049B01C19B33E32804F0B")))
                .session();

        assertThatThrownBy(() -> sm.transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E"))))
                .isInstanceOf(SecureMessagingException.class)
                .hasMessageContaining("MAC");
        // The session is dead: no further command reaches the card.
        assertThatThrownBy(() -> sm.transmit(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4)))
                .isInstanceOf(SecureMessagingException.class);
    }
}
