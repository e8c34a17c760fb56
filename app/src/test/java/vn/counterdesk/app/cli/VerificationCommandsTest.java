package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.counterdesk.app.CounterDeskCommand;

/** {@code verify-lds} and {@code trust} through the real command line, with their JSON contracts. */
class VerificationCommandsTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new CounterDeskCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path bsiFolder(List<String> names) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lds-" + names.size()));
        for (String name : names) {
            try (InputStream in = getClass().getResourceAsStream("/lds/bsi2008/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        return folder;
    }

    @Test
    void verifyLdsReportsDg15OutsideTheSodAsTamperedWithExitCode5() throws Exception {
        Path folder = bsiFolder(List.of("EF_COM.bin", "EF_SOD.bin", "DG1.bin", "DG14.bin", "DG15.bin"));

        Run result = run("--data-dir", temp.resolve("data").toString(), "verify-lds", folder.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        JsonNode json = result.json();
        assertThat(json.at("/verification/verdict").asText()).isEqualTo("TAMPERED");
        assertThat(json.at("/verification/checks").findValuesAsText("name"))
                .containsExactly(
                        "sod-signature", "ds-certificate", "csca-chain", "dg-hashes", "active-auth", "chip-auth");
        assertThat(json.at("/verification/checks/0/status").asText()).isEqualTo("PASS");
        assertThat(json.at("/verification/checks/2/status").asText()).isEqualTo("SKIPPED");
        assertThat(json.at("/verification/checks/3/status").asText()).isEqualTo("FAIL");
        assertThat(json.at("/verification/checks/3/detail").asText()).contains("DG15");
        assertThat(json.get("dataGroups").toString())
                .isEqualTo("[{\"number\":1,\"hashMatch\":true},{\"number\":14,\"hashMatch\":true},"
                        + "{\"number\":15,\"hashMatch\":false}]");
    }

    @Test
    void verifyLdsWithoutDg15IsNotAFailure() throws Exception {
        Path folder = bsiFolder(List.of("EF_COM.bin", "EF_SOD.bin", "DG1.bin", "DG14.bin"));

        Run result = run(
                "verify-lds",
                folder.toString(),
                "--trust",
                temp.resolve("trust").toString(),
                "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.SUCCESS);
        // The 2008 specimen expired in 2013 (and its DS certificate in 2009).
        assertThat(result.json().at("/verification/verdict").asText()).isEqualTo("EXPIRED_DOCUMENT");
    }

    @Test
    void verifyLdsOnAMissingFolderIsBadInputNamingIt() {
        Run result = run("verify-lds", temp.resolve("nope").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("DIR", "nope");
    }

    @Test
    void trustImportAndListUseTheDataDirectory() throws Exception {
        Path data = temp.resolve("data");
        Path pem = temp.resolve("nl-root.pem");
        try (InputStream in =
                getClass().getResourceAsStream("/vn/counterdesk/card/verify/masterlist-roots/NL_root_CSCA-NL.pem")) {
            Files.write(pem, in.readAllBytes());
        }

        Run imported = run("--data-dir", data.toString(), "trust", "import", pem.toString());
        Run listed = run("--data-dir", data.toString(), "trust", "list", "--json");

        assertThat(imported.exitCode()).isEqualTo(ExitCode.SUCCESS);
        assertThat(imported.out()).contains("Imported 1 new certificate");
        assertThat(Files.list(data.resolve("trust").resolve("csca"))).hasSize(1);
        assertThat(listed.exitCode()).isEqualTo(ExitCode.SUCCESS);
        JsonNode certificates = listed.json().get("certificates");
        assertThat(certificates).hasSize(2);
        assertThat(certificates.findValuesAsText("country")).containsExactlyInAnyOrder("NL", "VN");
        assertThat(certificates.findValuesAsText("sha256"))
                .contains("6b5fa6fe45cc4e855a73760413e08b7a9ac50a27722c702f3909a90facc991bd");
        JsonNode first = certificates.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("subject", "country", "notAfter", "sha256");
    }

    @Test
    void trustImportOfGarbageIsBadInputNamingTheFile() throws Exception {
        Path garbage = Files.write(temp.resolve("garbage.der"), new byte[] {1, 2, 3});

        Run result = run("trust", "--trust", temp.resolve("t").toString(), "import", garbage.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("garbage.der");
    }
}
