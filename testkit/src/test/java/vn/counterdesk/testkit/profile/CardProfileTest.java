package vn.counterdesk.testkit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.testkit.chip.ChipFile;

/** Profiles become the exact files the spec describes for a Vietnamese card. */
class CardProfileTest {

    @Test
    void defaultPersonaMrzMatchesTheSpecExampleWithEveryCheckDigit() throws Exception {
        Td1Mrz mrz = Td1Mrz.of(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));

        assertThat(mrz.lines())
                .containsExactly(
                        "IDVNM0900123450001090012345<<1",
                        "9001158M3001156VNM<<<<<<<<<<<8",
                        "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<");
        assertThat(mrz.bacKeyInformation()).isEqualTo("090012345090011583001156");
    }

    @Test
    void dg1IsTheSpecBytes() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));

        assertThat(HexFormat.of()
                        .withUpperCase()
                        .formatHex(card.file(ChipFile.DG1).orElseThrow()))
                .isEqualTo("615D5F1F5A4944564E4D303930303132333435303030313039303031323334353C3C3139303031313538"
                        + "4D33303031313536564E4D3C3C3C3C3C3C3C3C3C3C3C384E475559454E3C3C56414E3C414E3C3C3C3C"
                        + "3C3C3C3C3C3C3C3C3C3C3C3C");
    }

    @Test
    void dg13OfTheDefaultPersonaIsByteIdenticalToTheSyntheticSpecVector() throws Exception {
        byte[] expected = resource("DG13_synthetic.bin");

        assertThat(DataGroups.dg13(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA)))
                .isEqualTo(expected);
    }

    @Test
    void cardAccessIsTheObservedOne() throws Exception {
        assertThat(DataGroups.CARD_ACCESS).isEqualTo(resource("EF_CardAccess_observed.bin"));
    }

    @Test
    void lifetimeCardCarries991231AndTextInDg13() throws Exception {
        CardProfile hung = CardProfiles.persona("le-van-hung");
        Td1Mrz mrz = Td1Mrz.of(hung);

        assertThat(hung.dateOfExpiry()).isEmpty();
        assertThat(mrz.line2()).startsWith("620303").contains("M9912315VNM");
        assertThat(new String(DataGroups.dg13(hung), StandardCharsets.UTF_8)).contains("Không thời hạn");
    }

    @Test
    void longAddressNeedsLongFormLengthAndNameLosesDiacriticsInMrz() throws Exception {
        CardProfile anh = CardProfiles.persona("tran-thi-ngoc-anh");

        assertThat(anh.placeOfResidence().getBytes(StandardCharsets.UTF_8).length)
                .isGreaterThan(127);
        assertThat(new String(DataGroups.dg13(anh), StandardCharsets.UTF_8)).contains(anh.placeOfResidence());
        assertThat(Td1Mrz.of(anh).line3()).isEqualTo("TRAN<<THI<NGOC<ANH<<<<<<<<<<<<");
        assertThat(Td1Mrz.of(CardProfiles.persona("dang-thi-hue")).line3()).startsWith("DANG<<THI<HUE<");
    }

    @Test
    void missingOptionalFieldsAreLeftOutOfDg13() throws Exception {
        CardProfile mai = CardProfiles.persona("pham-thi-mai");
        String dg13 = HexFormat.of().formatHex(DataGroups.dg13(mai));

        assertThat(mai.identifyingFeatures()).isEmpty();
        assertThat(mai.oldIdNumber()).isEmpty();
        assertThat(dg13).doesNotContain("3003020f").doesNotContain("02010a0c").contains("3003020" + "10e");
    }

    @Test
    void everyShippedPersonaGeneratesAndCheckDigitsHold() throws Exception {
        List<CardProfile> personas = CardProfiles.personas();

        assertThat(personas).hasSizeGreaterThanOrEqualTo(5);
        assertThat(personas).extracting(CardProfile::generation).contains(CardProfile.CardGeneration.CAN_CUOC_2024);
        for (CardProfile persona : personas) {
            Td1Mrz mrz = Td1Mrz.of(persona);
            assertThat(mrz.lines()).allMatch(line -> line.length() == 30);
            assertThat(mrz.line1().substring(15, 27)).isEqualTo(persona.idNumber());
            assertThat(CardGenerator.generate(persona).file(ChipFile.SOD)).isPresent();
        }
    }

    @Test
    void idNumberThatContradictsBirthYearIsRefusedNamingTheField() {
        String json = """
                {"name":"x","idNumber":"001190012345","fullName":"A B","dateOfBirth":"1990-01-15","sex":"MALE",
                 "placeOfOrigin":"a","placeOfResidence":"b","dateOfIssue":"2021-05-10","dateOfExpiry":"2030-01-15"}
                """;
        assertThatThrownBy(() ->
                        CardProfiles.parse(json.getBytes(StandardCharsets.UTF_8), n -> java.util.Optional.empty()))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("idNumber:");
    }

    @Test
    void malformedJsonAndUnknownFieldsAreTypedErrors() {
        assertThatThrownBy(() -> CardProfiles.parse(
                        "{\"name\": ".getBytes(StandardCharsets.UTF_8), n -> java.util.Optional.empty()))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("JSON");
        assertThatThrownBy(() -> CardProfiles.parse(
                        "{\"nmae\": \"x\"}".getBytes(StandardCharsets.UTF_8), n -> java.util.Optional.empty()))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("unknown field 'nmae'");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CardProfileTest.class.getResourceAsStream("/vn/counterdesk/testkit/data/" + name)) {
            return in.readAllBytes();
        }
    }
}
