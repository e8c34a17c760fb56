package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM that forbids native calls must get a specific, actionable message, not a crash: started
 * here as a child process with {@code --illegal-native-access=deny} and no native-access grant.
 */
class NativeAccessTest {

    @Test
    void deniedNativeAccessIsReportedAsSuch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(
                        java,
                        "--illegal-native-access=deny",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SnapshotMain.class.getName()))
                .redirectErrorStream(true)
                .start();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();

        assertThat(child.exitValue()).as("output: %s", lines).isZero();
        assertThat(lines).contains("NATIVE_ACCESS_DENIED");
        assertThat(lines).anyMatch(l -> l.contains("--enable-native-access=ALL-UNNAMED"));
    }
}
