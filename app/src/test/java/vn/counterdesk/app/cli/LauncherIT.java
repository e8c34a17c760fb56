package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher ({@code ./counterdesk}) as a child process on the packaged jar: global options, a store
 * command, JSON on stdout, field-naming errors on stderr, and the exit codes it passes through.
 */
class LauncherIT {

    @TempDir
    Path dataDir;

    @Test
    void theLauncherRunsCommandsAndPassesTheirExitCodesThrough() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), DocExamples.get("settings.json"));
        Files.writeString(dataDir.resolve("store.pass"), "launcher passphrase\n");

        Launcher.Result status = launch("--data-dir", dataDir.toString(), "sync", "status", "--json");
        assertThat(status.exit()).as(status.err()).isZero();
        JsonNode counts = Json.mapper().readTree(status.out());
        assertThat(counts.get("queued").asLong()).isZero();
        assertThat(Files.exists(dataDir.resolve("counterdesk.db"))).isTrue();

        Launcher.Result human = launch("--data-dir", dataDir.toString(), "--lang", "vi", "invoice", "list");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("0 hóa đơn");

        Launcher.Result badOption = launch("--data-dir", dataDir.toString(), "invoice", "list", "--buyer-id", "123");
        assertThat(badOption.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badOption.err()).contains("--buyer-id");

        Launcher.Result missing = launch("--data-dir", dataDir.toString(), "invoice", "issue");
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("--input");

        Launcher.Result help = launch("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("invoice", "sync", "sim");
    }

    private static Launcher.Result launch(String... args) throws Exception {
        return Launcher.run(args);
    }
}
