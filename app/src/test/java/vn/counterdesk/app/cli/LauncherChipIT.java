package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chip commands through the real launcher, each a child process: {@code sim card} puts a virtual card into the
 * shared pcscd's "Virtual PCD 00 00" and SIGTERM takes it out again; {@code readers}, {@code read} and {@code trust}
 * then see what a clerk's script would see. Exit codes 0, 2, 3, 4 and 5. Run under {@code flock
 * /tmp/counterdesk-pcscd.lock}.
 */
class LauncherChipIT {

    private static final String READER = "Virtual PCD 00 00";
    private static final String PORT = "35963";
    private static final String PERSONA = "le-van-hung";
    private static final Duration PCSCD_NOTICES = Duration.ofSeconds(30);
    private static final List<String> CHECK_NAMES =
            List.of("sod-signature", "ds-certificate", "csca-chain", "dg-hashes", "active-auth", "chip-auth");

    @TempDir
    Path work;

    @Test
    void aGenuineCardWithItsCscaTrustedReadsAsGenuineAndAWrongKeyIsRefused() throws Exception {
        String idNumber = personaIdNumber(PERSONA);
        Path csca = work.resolve("test-csca.der");
        Path trust = work.resolve("trust");
        awaitCard(false);

        try (Launcher.Background card =
                Launcher.start("sim", "card", "--profile", PERSONA, "--port", PORT, "--export-csca", csca.toString())) {
            card.awaitLine("inserted", Duration.ofMinutes(2));
            JsonNode slot = awaitCard(true);
            assertThat(slot.get("atr").asText()).matches("3B[0-9A-F]+");
            Launcher.Result doctor =
                    Launcher.run("--data-dir", work.resolve("data").toString(), "doctor", "--json");
            assertThat(doctor.exit()).as(doctor.describe()).isEqualTo(ExitCode.SUCCESS);
            assertThat(doctor.json().get("ok").asBoolean()).isTrue();
            assertThat(doctor.json().get("checks").findValuesAsText("name"))
                    .contains("java", "pcsc", "data-directory", "trust-store");

            Launcher.Result imported =
                    Launcher.run("trust", "import", csca.toString(), "--trust", trust.toString(), "--json");
            assertThat(imported.exit()).as(imported.describe()).isZero();
            assertThat(imported.json().get("imported").asBoolean()).isTrue();
            Launcher.Result listed = Launcher.run("trust", "--trust", trust.toString(), "list", "--json");
            assertThat(listed.exit()).as(listed.describe()).isZero();
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csca)));
            JsonNode anchor = find(listed.json().get("certificates"), "sha256", sha256)
                    .orElseThrow(() -> new AssertionError("imported CSCA not listed: " + listed.out()));
            assertThat(anchor.get("subject").asText()).isNotBlank();
            assertThat(anchor.get("country").asText()).isEqualTo("VN");
            assertThat(anchor.get("notAfter").asText()).matches("\\d{4}-\\d{2}-\\d{2}.*");

            Launcher.Result read = Launcher.run(
                    "--data-dir",
                    work.resolve("data").toString(),
                    "read",
                    "--reader",
                    READER,
                    "--id",
                    idNumber,
                    "--trust",
                    trust.toString(),
                    "--json");
            assertThat(read.exit()).as(read.describe()).isEqualTo(ExitCode.SUCCESS);
            JsonNode json = read.json();
            assertThat(json.get("access").asText()).isEqualTo("PACE-CAN");
            assertThat(json.at("/document/idNumber").asText()).isEqualTo(idNumber);
            assertThat(json.at("/document/fullName").asText()).isEqualTo("Lê Văn Hùng");
            assertThat(json.at("/document/mrz/issuingState").asText()).isEqualTo("VNM");
            assertThat(json.at("/document/photo/format").asText()).isEqualTo("JPEG");
            assertThat(json.at("/verification/verdict").asText()).isEqualTo("GENUINE");
            assertThat(json.at("/verification/checks").findValuesAsText("name")).containsExactlyElementsOf(CHECK_NAMES);
            assertThat(json.at("/verification/checks").findValuesAsText("status"))
                    .doesNotContain("FAIL")
                    .contains("PASS");
            assertThat(json.at("/stats/apdus").asInt()).isPositive();
            assertThat(json.at("/stats/bytesRead").asLong()).isPositive();
            assertThat(json.at("/stats/millis").isIntegralNumber()).isTrue();

            Launcher.Result wrongKey = Launcher.run("read", "--reader", READER, "--id", otherIdNumber(idNumber));
            assertThat(wrongKey.exit()).as(wrongKey.describe()).isEqualTo(ExitCode.ACCESS_DENIED);
            assertThat(wrongKey.out()).as("nothing of the card is printed").isEmpty();

            assertThat(card.terminate()).as("sim card ends on SIGTERM").isNotZero();
        }
        awaitCard(false);
        Launcher.Result noCard = Launcher.run("read", "--reader", READER, "--id", idNumber);
        assertThat(noCard.exit()).as(noCard.describe()).isEqualTo(ExitCode.NO_READER_OR_CARD);
        assertThat(noCard.err()).contains("No card");
    }

    @Test
    void aTamperedCardFailsVerificationWithExitFiveAndTheFailingCheck() throws Exception {
        String idNumber = personaIdNumber(PERSONA);
        awaitCard(false);
        try (Launcher.Background card =
                Launcher.start("sim", "card", "--profile", PERSONA, "--fault", "TAMPERED_DATA_GROUP", "--port", PORT)) {
            card.awaitLine("inserted", Duration.ofMinutes(2));
            awaitCard(true);

            Launcher.Result read =
                    Launcher.run("--data-dir", work.toString(), "read", "--reader", READER, "--id", idNumber, "--json");

            assertThat(read.exit()).as(read.describe()).isEqualTo(ExitCode.VERIFICATION_FAILED);
            JsonNode verification = read.json().get("verification");
            assertThat(verification.get("verdict").asText()).isEqualTo("TAMPERED");
            assertThat(find(verification.get("checks"), "name", "dg-hashes")
                            .orElseThrow()
                            .get("status")
                            .asText())
                    .isEqualTo("FAIL");
            card.terminate();
        }
        awaitCard(false);
    }

    @Test
    void badInputIsExitTwoNamingTheOption() throws Exception {
        Launcher.Result shortId = Launcher.run("read", "--reader", READER, "--id", "12345");
        assertThat(shortId.exit()).as(shortId.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(shortId.err()).contains("--id").doesNotContain("\tat ");

        Launcher.Result twoKeys = Launcher.run("read", "--id", "001090012345", "--can", "123456");
        assertThat(twoKeys.exit()).as(twoKeys.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twoKeys.err()).contains("--id", "--can");

        Path notAFolder = Files.writeString(work.resolve("trust.txt"), "x");
        Launcher.Result badTrust =
                Launcher.run("read", "--reader", READER, "--id", "001090012345", "--trust", notAFolder.toString());
        assertThat(badTrust.exit()).as(badTrust.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badTrust.err()).contains("--trust");

        Launcher.Result badFault = Launcher.run("sim", "card", "--fault", "NO_SUCH_FAULT", "--port", PORT);
        assertThat(badFault.exit()).as(badFault.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badFault.err()).contains("NO_SUCH_FAULT");
    }

    @Test
    void withoutThePcscServiceReadersAndReadExitThree() throws Exception {
        // libpcsclite in the child looks for pcscd at a socket nobody serves: the service is down for it alone.
        Map<String, String> serviceDown = Map.of(
                Launcher.PCSC_SOCKET_VARIABLE,
                work.resolve("no-pcscd/pcscd.comm").toString());

        Launcher.Result readers = Launcher.run(serviceDown, "readers", "--json");
        assertThat(readers.exit()).as(readers.describe()).isEqualTo(ExitCode.NO_READER_OR_CARD);
        assertThat(readers.json().get("service").asText()).isEqualTo("DOWN");
        assertThat(readers.json().get("readers")).isEmpty();
        assertThat(readers.err()).isNotBlank();

        Launcher.Result read = Launcher.run(serviceDown, "read", "--id", "001090012345");
        assertThat(read.exit()).as(read.describe()).isEqualTo(ExitCode.NO_READER_OR_CARD);

        Launcher.Result doctor =
                Launcher.run(serviceDown, "--data-dir", work.resolve("data").toString(), "doctor", "--json");
        assertThat(doctor.exit()).as(doctor.describe()).isEqualTo(ExitCode.NO_READER_OR_CARD);
        assertThat(doctor.json().get("ok").asBoolean()).isFalse();
        assertThat(find(doctor.json().get("checks"), "name", "pcsc")
                        .orElseThrow()
                        .get("status")
                        .asText())
                .isEqualTo("FAIL");

        int nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = socket.getLocalPort();
        }
        Launcher.Result noVpcd = Launcher.run("sim", "card", "--port", Integer.toString(nobodyListens));
        assertThat(noVpcd.exit()).as(noVpcd.describe()).isEqualTo(ExitCode.NO_READER_OR_CARD);
        assertThat(noVpcd.err()).contains("no vpcd reader");
    }

    @Test
    void verifyLdsPassesIntactFilesAndFailsADataGroupTheSodDoesNotCover() throws Exception {
        Path intact = ldsFolder("intact", List.of("EF_COM.bin", "EF_SOD.bin", "DG1.bin", "DG14.bin"));
        Launcher.Result passed =
                Launcher.run("--data-dir", work.resolve("data").toString(), "verify-lds", intact.toString(), "--json");
        assertThat(passed.exit()).as(passed.describe()).isEqualTo(ExitCode.SUCCESS);
        assertThat(passed.json().at("/verification/verdict").asText())
                .as("the 2008 test passport has expired; its hashes and signature still hold, so not a failure")
                .isEqualTo("EXPIRED_DOCUMENT");
        assertThat(passed.json().at("/verification/checks").findValuesAsText("name"))
                .containsExactlyElementsOf(CHECK_NAMES);
        assertThat(passed.json().get("dataGroups").findValuesAsText("number")).containsExactly("1", "14");
        assertThat(passed.json().get("dataGroups").findValuesAsText("hashMatch"))
                .containsOnly("true");

        Path withDg15 = ldsFolder("dg15", List.of("EF_COM.bin", "EF_SOD.bin", "DG1.bin", "DG14.bin", "DG15.bin"));
        Launcher.Result failed = Launcher.run(
                "--data-dir", work.resolve("data").toString(), "verify-lds", withDg15.toString(), "--json");
        assertThat(failed.exit()).as(failed.describe()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(failed.json().at("/verification/verdict").asText()).isEqualTo("TAMPERED");
        assertThat(find(failed.json().get("dataGroups"), "number", "15")
                        .orElseThrow()
                        .get("hashMatch")
                        .asBoolean())
                .isFalse();

        Launcher.Result notAFolder =
                Launcher.run("verify-lds", work.resolve("missing").toString());
        assertThat(notAFolder.exit()).as(notAFolder.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notAFolder.err()).contains("DIR");
    }

    /** Public BSI 2008 test LDS files (see lds/bsi2008/PROVENANCE.md) copied into a folder of their own. */
    private Path ldsFolder(String name, List<String> files) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        for (String file : files) {
            try (var in = LauncherChipIT.class.getResourceAsStream("/lds/bsi2008/" + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        return folder;
    }

    /** The persona's ID number as {@code sim card --list --json} publishes it. */
    private static String personaIdNumber(String persona) throws Exception {
        Launcher.Result list = Launcher.run("sim", "card", "--list", "--json");
        assertThat(list.exit()).as(list.describe()).isZero();
        assertThat(list.json().get("faults").findValuesAsText("name")).contains("TAMPERED_DATA_GROUP");
        return find(list.json().get("personas"), "name", persona)
                .orElseThrow(() -> new AssertionError("no persona " + persona + ": " + list.out()))
                .get("idNumber")
                .asText();
    }

    /** A well-formed ID number that is not the card's: same digits, the last one changed. */
    private static String otherIdNumber(String idNumber) {
        char last = idNumber.charAt(idNumber.length() - 1);
        return idNumber.substring(0, idNumber.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }

    /** Polls {@code readers --json} until the virtual slot holds a card (or none); returns its entry. */
    private static JsonNode awaitCard(boolean present) throws Exception {
        long deadline = System.nanoTime() + PCSCD_NOTICES.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Launcher.Result readers = Launcher.run("readers", "--json");
            seen.add(readers.out());
            if (readers.exit() == ExitCode.SUCCESS) {
                assertThat(readers.json().get("service").asText()).isEqualTo("OK");
                Optional<JsonNode> slot = find(readers.json().get("readers"), "name", READER);
                if (slot.isPresent() && slot.get().get("cardPresent").asBoolean() == present) {
                    return slot.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(
                "pcscd never showed " + READER + (present ? " with" : " without") + " a card: " + seen);
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
