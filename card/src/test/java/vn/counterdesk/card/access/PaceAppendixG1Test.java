package vn.counterdesk.card.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.FixedRandom;
import vn.counterdesk.card.ScriptedTransport;
import vn.counterdesk.card.lds.SecurityInfos;
import vn.counterdesk.card.sm.SecureMessagingTransport;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.pcsc.CommandApdu;

/** ICAO Doc 9303-11 Appendix G.1: PACE ECDH-GM on brainpoolP256r1 with AES-128, terminal side. */
class PaceAppendixG1Test {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String CARD_ACCESS = "31143012060A04007F0007020204020202010202010D";
    private static final PaceKey MRZ = new PaceKey.Mrz(new BacKey("T22000129", "640812", "101031"));

    private static final String MSE = "0022C1A412800A04007F0007020204020283010184010D";
    private static final String GA1 = "10860000027C0000";
    private static final String GA1_ANSWER = "7C12801095A3A016522EE98D01E76CB6B98B42C39000";
    private static final String PK_MAP_IFD = "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
            + "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
    private static final String PK_MAP_IC = "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
            + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
    private static final String PK_IFD = "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
            + "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
    private static final String PK_IC = "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
            + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";
    private static final String GA4 = "008600000C7C0A8508C2B0BD78D94BA86600";
    private static final String SK_MAP_IFD = "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99";
    private static final String SK_IFD = "A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595";

    private static SecurityInfos.PaceInfo paceInfo() throws Exception {
        return SecurityInfos.parse(HEX.parseHex(CARD_ACCESS)).paceInfos().getFirst();
    }

    private static ScriptedTransport transcriptUntilKeyAgreement() {
        return new ScriptedTransport()
                .expect(MSE, "9000")
                .expect(GA1, GA1_ANSWER)
                .expect("10860000457C43814104" + PK_MAP_IFD + "00", "7C43824104" + PK_MAP_IC + "9000")
                .expect("10860000457C43834104" + PK_IFD + "00", "7C43844104" + PK_IC + "9000");
    }

    @Test
    void passwordKeyFromMrz() {
        byte[] k = KeyDerivation.pacePassword(MRZ);
        assertThat(HEX.formatHex(k)).isEqualTo("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD");
        assertThat(HEX.formatHex(KeyDerivation.derive(k, 3, SmCipher.AES, 16)))
                .isEqualTo("89DED1B26624EC1E634C1989302849DD");
    }

    @Test
    void canPasswordKeysOfTheSyntheticCards() {
        assertThat(HEX.formatHex(KeyDerivation.derive(
                        KeyDerivation.pacePassword(new PaceKey.Can("012345")), 3, SmCipher.AES, 16)))
                .isEqualTo("5E5CD537047973C8F8BFDEA168324EC0");
        assertThat(HEX.formatHex(KeyDerivation.derive(
                        KeyDerivation.pacePassword(new PaceKey.Can("004595")), 3, SmCipher.AES, 16)))
                .isEqualTo("C3E211E0228B69B87854D1A7F8762121");
    }

    @Test
    void replaysTheWorkedExampleByteForByte() throws Exception {
        ScriptedTransport card = transcriptUntilKeyAgreement()
                .expect(GA4, "7C0A86083ABB9674BCE93C089000")
                // Appendix 3.2 regression value: first protected command with the G.1 session keys.
                .expect("0CA4040C1D871101752F676B09FAC86A87D632749A49C7CC8E08C18BA1FCE707BD9F00", "6A82");

        AccessResult result = Pace.open(card, paceInfo(), MRZ, new FixedRandom(SK_MAP_IFD, SK_IFD));

        assertThat(result).isInstanceOfSatisfying(AccessResult.Opened.class, o -> {
            assertThat(o.method()).isEqualTo(AccessMethod.PACE_MRZ);
            assertThat(o.session().cipher()).isEqualTo(SmCipher.AES);
        });
        SecureMessagingTransport sm = ((AccessResult.Opened) result).session();
        assertThat(sm.transmit(new CommandApdu(0x00, 0xA4, 0x04, 0x0C, HEX.parseHex("A0000002471001")))
                        .sw())
                .isEqualTo(0x6A82);
        assertThat(card.finished()).isTrue();
    }

    @Test
    void wrongChipTokenFailsPace() throws Exception {
        ScriptedTransport card = transcriptUntilKeyAgreement().expect(GA4, "7C0A86083ABB9674BCE93C099000");

        AccessResult result = Pace.open(card, paceInfo(), MRZ, new FixedRandom(SK_MAP_IFD, SK_IFD));

        assertThat(result)
                .isInstanceOfSatisfying(
                        AccessResult.Failed.class, f -> assertThat(f.reason()).contains("T_IC"));
    }

    @Test
    void mappingPointOffTheCurveIsRejected() throws Exception {
        String offCurve = PK_MAP_IC.substring(0, PK_MAP_IC.length() - 2) + "55";
        ScriptedTransport card = new ScriptedTransport()
                .expect(MSE, "9000")
                .expect(GA1, GA1_ANSWER)
                .expect("10860000457C43814104" + PK_MAP_IFD + "00", "7C43824104" + offCurve + "9000");

        AccessResult result = Pace.open(card, paceInfo(), MRZ, new FixedRandom(SK_MAP_IFD));

        assertThat(result)
                .isInstanceOfSatisfying(
                        AccessResult.Failed.class, f -> assertThat(f.reason()).contains("curve point"));
        assertThat(card.finished()).isTrue();
    }

    @Test
    void ephemeralPointOffTheCurveIsRejected() throws Exception {
        String offCurve = PK_IC.substring(0, PK_IC.length() - 2) + "95";
        ScriptedTransport card = new ScriptedTransport()
                .expect(MSE, "9000")
                .expect(GA1, GA1_ANSWER)
                .expect("10860000457C43814104" + PK_MAP_IFD + "00", "7C43824104" + PK_MAP_IC + "9000")
                .expect("10860000457C43834104" + PK_IFD + "00", "7C43844104" + offCurve + "9000");

        AccessResult result = Pace.open(card, paceInfo(), MRZ, new FixedRandom(SK_MAP_IFD, SK_IFD));

        assertThat(result).isInstanceOf(AccessResult.Failed.class);
    }

    @Test
    void retriesMseWithoutParameterIdOn6A80AndReportsWrongPassword() throws Exception {
        ScriptedTransport card = new ScriptedTransport()
                .expect(MSE, "6A80")
                .expect("0022C1A40F800A04007F00070202040202830101", "9000")
                .expect(GA1, GA1_ANSWER)
                .expect("10860000457C43814104" + PK_MAP_IFD + "00", "7C43824104" + PK_MAP_IC + "9000")
                .expect("10860000457C43834104" + PK_IFD + "00", "7C43844104" + PK_IC + "9000")
                .expect(GA4, "6300");

        AccessResult result = Pace.open(card, paceInfo(), MRZ, new FixedRandom(SK_MAP_IFD, SK_IFD));

        assertThat(result)
                .isInstanceOfSatisfying(
                        AccessResult.Refused.class,
                        r -> assertThat(r.wrongKey()).isTrue());
    }
}
