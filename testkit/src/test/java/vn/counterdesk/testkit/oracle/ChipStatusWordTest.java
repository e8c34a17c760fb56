package vn.counterdesk.testkit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import org.jmrtd.PassportService;
import org.jmrtd.protocol.SecureMessagingWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.chip.Tlv;
import vn.counterdesk.testkit.chip.VirtualIdCard;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.VirtualCard;

/**
 * The chip's ISO 7816-4 behaviour outside the happy path: the status words a terminal must handle,
 * plain and under secure messaging (protected with JMRTD's own wrapper after PACE).
 */
class ChipStatusWordTest {

    private VirtualCard card;
    private VirtualIdCard chip;

    @BeforeEach
    void insert() throws Exception {
        card = CardGenerator.generate(CardProfiles.persona("tran-thi-ngoc-anh"));
        chip = card.newChip();
    }

    @Test
    void plainStateErrors() throws Exception {
        assertThat(plain("00A4000C023F00")).as("SELECT MF quirk").isEqualTo("6D00");
        assertThat(plain("00A4020C02011E")).as("EF.COM before the application").isEqualTo("6A82");
        assertThat(plain("00A4040C07A0000002471001")).isEqualTo("9000");
        assertThat(plain("00A4020C02011E")).as("EF.COM before access control").isEqualTo("6982");
        assertThat(plain("00A4020C03011E00")).as("FID of 3 bytes").isEqualTo("6700");
        assertThat(plain("00B0000010")).as("no current EF").isEqualTo("6986");
        assertThat(plain("0084000004")).as("GET CHALLENGE with the wrong Le").isEqualTo("6C08");
        assertThat(plain("00840000")).as("GET CHALLENGE without Le").isEqualTo("6700");
        assertThat(plain("0082000028" + "00".repeat(40) + "28"))
                .as("EXTERNAL AUTHENTICATE without challenge")
                .isEqualTo("6985");
        assertThat(plain("0088000008" + "00".repeat(8) + "00"))
                .as("AA before access control")
                .isEqualTo("6982");
        assertThat(plain("00CA010100")).as("unknown instruction").isEqualTo("6D00");
        assertThat(plain("80A4000C023F00")).as("proprietary class").isEqualTo("6E00");
    }

    @Test
    void cardAccessIsFreeAndShortReadsReportTheEnd() throws Exception {
        assertThat(plain("00A4020C02011C")).isEqualTo("9000");
        String all = plain("00B0000000");
        assertThat(all).endsWith("9000").hasSize((54 + 2) * 2);
        assertThat(plain("00B0003600")).as("offset = length").isEqualTo("6B00");
        assertThat(plain("00B00000")).as("READ BINARY without Le").isEqualTo("6700");
        assertThat(plain("00B09C0000")).as("SFI 1C read").isEqualTo(all);
    }

    @Test
    void secureMessagingReadsShortExtendedOddInsAndSfi() throws Exception {
        SecureMessagingWrapper sm = paceWrapper();
        byte[] dg13 = card.file(ChipFile.DG13).orElseThrow();

        assertThat(protectedSw(sm, "00A4020C02010D")).isEqualTo(0x9000);
        ResponseAPDU head = protectedCall(sm, "00B0000004");
        assertThat(head.getData()).isEqualTo(Arrays.copyOf(dg13, 4));
        ResponseAPDU extended = protectedCall(sm, "00B00000000000"); // extended Le = 65536: the whole file
        assertThat(extended.getData()).isEqualTo(dg13);
        ResponseAPDU odd = protectedCall(sm, "00B100000354011000"); // offset 0x10 in DO'54'
        Tlv do53 = Tlv.whole(odd.getData()).orElseThrow();
        assertThat(do53.tag()).isEqualTo(0x53);
        assertThat(do53.value()).isEqualTo(Arrays.copyOfRange(dg13, 0x10, 0x10 + do53.value().length));
        assertThat(do53.value().length).as("fills Le").isGreaterThan(200);
        ResponseAPDU sfi = protectedCall(sm, "00B0810000");
        assertThat(sfi.getData()).isEqualTo(card.file(ChipFile.DG1).orElseThrow());
        assertThat(protectedSw(sm, "00A4020C020103")).as("DG3 is there").isEqualTo(0x9000);
        assertThat(protectedSw(sm, "00B0000008")).as("but protected by EAC").isEqualTo(0x6982);
        assertThat(protectedSw(sm, "00A4020C02010B")).as("DG11 absent").isEqualTo(0x6A82);
        assertThat(protectedSw(sm, "00A4020C02010D")).isEqualTo(0x9000);
        assertThat(protectedSw(sm, "00B07FFF10")).as("offset beyond DG13").isEqualTo(0x6B00);
    }

    @Test
    void aPlainCommandDuringTheSessionEndsIt() throws Exception {
        SecureMessagingWrapper sm = paceWrapper();
        assertThat(chip.accessMethod()).contains(VirtualIdCard.AccessMethod.PACE);

        assertThat(plain("00A4020C02011C")).isEqualTo("9000");

        assertThat(chip.accessMethod()).isEmpty();
        ResponseAPDU refused = new ResponseAPDU(
                chip.respond(CommandApdu.parse(sm.wrap(apdu("00A4020C02011E")).getBytes()))
                        .encode());
        assertThat(refused.getSW()).as("no session: SM objects not expected").isEqualTo(0x6987);
    }

    private SecureMessagingWrapper paceWrapper() throws Exception {
        PassportService passport = JmrtdOracle.open(
                new ResponderCardService(chip),
                new JmrtdOracle.Access.Can(card.profile().can()));
        return passport.getWrapper();
    }

    private ResponseAPDU protectedCall(SecureMessagingWrapper sm, String plainApdu) throws Exception {
        ResponseAPDU raw = new ResponseAPDU(
                chip.respond(CommandApdu.parse(sm.wrap(apdu(plainApdu)).getBytes()))
                        .encode());
        return sm.unwrap(raw);
    }

    private int protectedSw(SecureMessagingWrapper sm, String plainApdu) throws Exception {
        return protectedCall(sm, plainApdu).getSW();
    }

    private String plain(String apdu) throws Exception {
        return HexFormat.of()
                .withUpperCase()
                .formatHex(chip.respond(CommandApdu.parse(HexFormat.of().parseHex(apdu)))
                        .encode());
    }

    private static CommandAPDU apdu(String hex) {
        return new CommandAPDU(HexFormat.of().parseHex(hex));
    }
}
