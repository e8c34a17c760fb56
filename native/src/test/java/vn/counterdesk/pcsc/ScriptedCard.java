package vn.counterdesk.pcsc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/**
 * A PC/SC backend with one reader whose card answers from a script: each expected command (hex)
 * gets a canned response (hex) or a PC/SC error code. Records what the session really sent.
 */
final class ScriptedCard implements PcscBackend {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private sealed interface Step {}

    private record Answer(String command, String response) implements Step {}

    private record Fail(String command, int code) implements Step {}

    private final CardProtocol protocol;
    private final Deque<Step> script = new ArrayDeque<>();
    final List<String> sent = new ArrayList<>();
    boolean present = true;
    boolean disconnected;
    boolean transactionEnded;
    boolean contextClosed;

    ScriptedCard(CardProtocol protocol) {
        this.protocol = protocol;
    }

    ScriptedCard answer(String command, String response) {
        script.add(new Answer(command.replace(" ", ""), response.replace(" ", "")));
        return this;
    }

    ScriptedCard fail(String command, PcscError error) {
        script.add(new Fail(command.replace(" ", ""), error.code()));
        return this;
    }

    @Override
    public PcscContext establishContext() {
        return new PcscContext() {
            @Override
            public List<String> listReaders() {
                return List.of("Scripted Reader");
            }

            @Override
            public List<ReaderStatus> awaitChange(List<ReaderStatus> known, Duration timeout) {
                return known;
            }

            @Override
            public CardConnection connect(String reader) {
                return new Connection();
            }

            @Override
            public void cancel() {}

            @Override
            public void close() {
                contextClosed = true;
            }
        };
    }

    @Override
    public boolean recoversWithinProcess() {
        return true;
    }

    @Override
    public String description() {
        return "scripted";
    }

    private final class Connection implements CardConnection {
        @Override
        public CardProtocol protocol() {
            return protocol;
        }

        @Override
        public Atr atr() {
            return new Atr(new byte[] {0x3B, 0x00});
        }

        @Override
        public byte[] transmit(byte[] command) throws PcscException {
            String hex = HEX.formatHex(command);
            sent.add(hex);
            Step step = script.poll();
            if (step == null) {
                throw new AssertionError("unexpected command " + hex);
            }
            return switch (step) {
                case Answer a when a.command().equals(hex) -> HEX.parseHex(a.response());
                case Fail f when f.command().equals(hex) -> throw new PcscException("SCardTransmit", f.code());
                default -> throw new AssertionError("expected " + step + " but got " + hex);
            };
        }

        @Override
        public void beginTransaction() {}

        @Override
        public void endTransaction() {
            transactionEnded = true;
        }

        @Override
        public boolean isCardPresent() {
            return present;
        }

        @Override
        public void disconnect() {
            disconnected = true;
        }
    }
}
