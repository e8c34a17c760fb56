package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.counterdesk.app.CounterDeskCommand;

/** The script-facing contract of {@code sim card --list --json} and its input errors. */
class SimCardCommandTest {

    @Test
    void listJsonHasExactlyTheContractedShape() throws Exception {
        Run run = run("sim", "card", "--list", "--json");
        JsonNode root = Json.mapper().readTree(run.out());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SUCCESS);
        assertThat(fieldNames(root)).containsExactly("personas", "faults");
        JsonNode first = root.get("personas").get(0);
        assertThat(fieldNames(first)).containsExactly("name", "idNumber", "dateOfBirth", "dateOfExpiry", "mrz");
        assertThat(first.get("name").asText()).isEqualTo("nguyen-van-an");
        assertThat(first.get("idNumber").asText()).isEqualTo("001090012345");
        assertThat(first.get("dateOfBirth").asText()).isEqualTo("1990-01-15");
        assertThat(first.get("dateOfExpiry").asText()).isEqualTo("2030-01-15");
        assertThat(first.get("mrz"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "IDVNM0900123450001090012345<<1",
                        "9001158M3001156VNM<<<<<<<<<<<8",
                        "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<");
        assertThat(root.get("personas")).hasSizeGreaterThanOrEqualTo(5);
        JsonNode lifetime = findByName(root.get("personas"), "le-van-hung");
        assertThat(lifetime.has("dateOfExpiry")).as("no expiry: field omitted").isFalse();
        assertThat(lifetime.get("mrz").get(1).asText()).contains("991231");
    }

    @Test
    void faultsCarryAVerdictOnlyWhenTheyAreAboutAuthenticity() throws Exception {
        JsonNode faults = Json.mapper()
                .readTree(run("sim", "card", "--list", "--json").out())
                .get("faults");

        assertThat(findByName(faults, "TAMPERED_DATA_GROUP")
                        .get("expectedVerdict")
                        .asText())
                .isEqualTo("TAMPERED");
        assertThat(findByName(faults, "AA_KEY_MISMATCH").get("expectedVerdict").asText())
                .isEqualTo("CLONE_SUSPECTED");
        assertThat(findByName(faults, "DS_NOT_ISSUED_BY_CSCA")
                        .get("expectedVerdict")
                        .asText())
                .isEqualTo("TAMPERED");
        for (String runtime : List.of("PACE_REFUSED", "CARD_REMOVED", "SLOW_LINK")) {
            assertThat(fieldNames(findByName(faults, runtime))).containsExactly("name");
        }
        for (JsonNode fault : faults) {
            assertThat(fault.path("expectedVerdict").asText("GENUINE"))
                    .isIn(
                            "GENUINE",
                            "CHAIN_UNVERIFIED",
                            "TAMPERED",
                            "CLONE_SUSPECTED",
                            "EXPIRED_DOCUMENT",
                            "NOT_VERIFIED");
        }
    }

    @Test
    void unknownPersonaOrFaultIsBadInputNamingIt() {
        Run persona = run("sim", "card", "--profile", "nobody-here");
        Run fault = run("sim", "card", "--fault", "MELTED_CHIP");

        assertThat(persona.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(persona.err()).contains("nobody-here");
        assertThat(fault.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fault.err()).contains("unknown fault 'MELTED_CHIP'");
    }

    @Test
    void noVpcdListeningIsNoReader() {
        Run run = run("sim", "card", "--port", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_READER_OR_CARD);
        assertThat(run.err()).contains("no vpcd reader");
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new CounterDeskCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode findByName(JsonNode array, String name) {
        for (JsonNode node : array) {
            if (node.get("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no entry named " + name);
    }
}
