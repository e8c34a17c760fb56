package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./counterdesk demo} as a child process under the build's Xvfb display: the demo window opens, its first frame
 * is rendered (the start-up probe records it, which it does only once the window is shown), and the app then quits
 * with exit 0, leaving its demo data in {@code <data-dir>/demo}.
 */
class LauncherDemoIT {

    @TempDir
    Path work;

    @Test
    void theDemoWindowRendersItsFirstFrameAndTheAppExitsZero() throws Exception {
        assertThat(System.getenv("DISPLAY"))
                .as("run under xvfb-run: the demo needs a display")
                .isNotBlank();
        Path probe = work.resolve("first-frame.json");

        Launcher.Result demo = Launcher.run(
                Map.of(
                        "COUNTERDESK_STARTUP_PROBE", probe.toString(),
                        "COUNTERDESK_STARTUP_PROBE_EXIT", "1",
                        // No GPU under Xvfb: the software pipeline, as on a bare counter PC.
                        "COUNTERDESK_JAVA_OPTS", "-Dprism.order=sw"),
                "--data-dir",
                work.resolve("data").toString(),
                "demo");

        assertThat(demo.exit()).as(demo.describe()).isZero();
        assertThat(probe).as("the first frame was rendered").exists();
        JsonNode record = Json.mapper().readTree(Files.readString(probe));
        assertThat(record.get("millisSinceProcessStart").asLong()).isPositive();
        assertThat(record.get("millisSinceJvmStart").asLong())
                .isPositive()
                .isLessThanOrEqualTo(record.get("millisSinceProcessStart").asLong());
        assertThat(record.get("rssKiB").asLong()).as("Linux: VmRSS").isGreaterThan(10_000);
        assertThat(work.resolve("data").resolve("demo").resolve("counterdesk.db"))
                .as("the demo counter ran on its own data")
                .exists();
    }
}
