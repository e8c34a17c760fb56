package vn.counterdesk.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/** A card that expects an exact transcript: each command must equal the next expected bytes. */
public final class ScriptedTransport implements ApduTransport {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final Deque<String[]> script = new ArrayDeque<>();

    /** Adds one exchange: expected command hex (spaces ignored) → response hex (data ‖ SW). */
    public ScriptedTransport expect(String command, String response) {
        script.add(new String[] {
            command.replace(" ", "").toUpperCase(), response.replace(" ", "").toUpperCase()
        });
        return this;
    }

    public boolean finished() {
        return script.isEmpty();
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        assertThat(script)
                .as("unexpected extra command %s", HEX.formatHex(command.encode()))
                .isNotEmpty();
        String[] next = script.poll();
        assertThat(HEX.formatHex(command.encode())).isEqualTo(next[0]);
        return ResponseApdu.parse(HEX.parseHex(next[1]));
    }

    @Override
    public LinkCapabilities capabilities() {
        return LinkCapabilities.shortOnly();
    }

    @Override
    public byte[] atr() {
        return new byte[] {0x3B, 0x00};
    }

    @Override
    public void close() {}
}
