package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher ({@code ./counterdesk}) as a child process on the packaged jar: global options, a store
 * command, JSON on stdout, field-naming errors on stderr, and the exit codes it passes through.
 */
class LauncherIT {

    private static final Path LAUNCHER =
            Path.of("..", "counterdesk").toAbsolutePath().normalize();

    @TempDir
    Path dataDir;

    record Result(int exit, String out, String err) {}

    @Test
    void theLauncherRunsCommandsAndPassesTheirExitCodesThrough() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), DocExamples.get("settings.json"));
        Files.writeString(dataDir.resolve("store.pass"), "launcher passphrase\n");

        Result status = launch("--data-dir", dataDir.toString(), "sync", "status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        JsonNode counts = Json.mapper().readTree(status.out());
        assertThat(counts.get("queued").asLong()).isZero();
        assertThat(Files.exists(dataDir.resolve("counterdesk.db"))).isTrue();

        Result human = launch("--data-dir", dataDir.toString(), "--lang", "vi", "invoice", "list");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("0 hóa đơn");

        Result badOption = launch("--data-dir", dataDir.toString(), "invoice", "list", "--buyer-id", "123");
        assertThat(badOption.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badOption.err()).contains("--buyer-id");

        Result missing = launch("--data-dir", dataDir.toString(), "invoice", "issue");
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("--input");

        Result help = launch("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("invoice", "sync", "sim");
    }

    private static Result launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("COUNTERDESK_NO_BUILD", "1");
        Path err = Files.createTempFile("launcher", ".err");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not finish: " + command);
        }
        String error = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(process.exitValue(), out, error);
    }
}
