package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

/**
 * The real command in its own JVM: {@code sim card --port 35964} inserts the card into pcscd's
 * "Virtual PCD 00 01", the card answers like a Vietnamese chip, and SIGTERM takes it out. Run
 * under {@code flock /tmp/counterdesk-pcscd.lock}; skipped when no PC/SC service runs.
 */
class SimCardCommandIT {

    private static final String READER = "Virtual PCD 00 01";

    @Test
    void insertsTheCardIntoPcscdAndSigtermRemovesIt() throws Exception {
        CardTerminal terminal = reader();
        terminal.waitForCardAbsent(5000);
        Process sim = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "vn.counterdesk.app.Main",
                        "sim",
                        "card",
                        "--port",
                        "35964")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).contains("'nguyen-van-an' inserted");
            assertThat(terminal.waitForCardPresent(10_000))
                    .as("pcscd sees the card")
                    .isTrue();

            Card card = terminal.connect("*");
            assertThat(card.getBasicChannel()
                            .transmit(new CommandAPDU(HexFormat.of().parseHex("00A4000C023F00")))
                            .getSW())
                    .as("SELECT MF quirk")
                    .isEqualTo(0x6D00);
            card.getBasicChannel().transmit(new CommandAPDU(HexFormat.of().parseHex("00A4020C02011C")));
            byte[] cardAccess = card.getBasicChannel()
                    .transmit(new CommandAPDU(HexFormat.of().parseHex("00B0000000")))
                    .getData();
            assertThat(cardAccess).hasSize(54);
            card.disconnect(false);

            sim.destroy(); // SIGTERM
            assertThat(sim.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(terminal.waitForCardAbsent(10_000))
                    .as("card removed on SIGTERM")
                    .isTrue();
        } finally {
            sim.destroyForcibly();
        }
    }

    private static CardTerminal reader() {
        try {
            CardTerminal terminal =
                    TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal(READER);
            assumeTrue(terminal != null, "reader '" + READER + "' not found");
            return terminal;
        } catch (Exception e) {
            assumeTrue(false, "no PC/SC service on this machine (" + e + ")");
            throw new IllegalStateException(e);
        }
    }
}
