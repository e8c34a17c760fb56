package vn.counterdesk.pcsc;

import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;

/**
 * PC/SC through the JDK's {@code javax.smartcardio} (provider SunPCSC), selectable with
 * {@code -Dcounterdesk.pcsc.provider=jdk}. Kept for platforms where the direct binding cannot run
 * and as a second, independent path to the service. Its known limits (docs/pcsc.md): responses over
 * 8 KiB fail (fixed receive buffer), the static context does not come back after the service
 * restarts, and card events carry no ATR (reading it would need a connection that the JDK shares
 * with any running session).
 */
final class JdkSmartcardioPcsc implements PcscBackend {

    private static final Pattern HEX_CODE = Pattern.compile("0x([0-9a-fA-F]{8})");

    /**
     * pcscd notices a pulled card at its next presence poll (every 400 ms); a failed exchange
     * waits this long for the reader to confirm removal before calling it a transport error.
     */
    private static final long REMOVAL_CONFIRMATION_MILLIS = 1000;

    static {
        // Status words 61xx / 6Cxx are answered by CardSession, exactly once; the JDK must not
        // answer them first. Set before the provider reads them (it does so per channel).
        System.setProperty("sun.security.smartcardio.t0GetResponse", "false");
        System.setProperty("sun.security.smartcardio.t1GetResponse", "false");
    }

    @Override
    public PcscContext establishContext() throws ServiceUnavailableException {
        try {
            return new JdkContext(TerminalFactory.getInstance("PC/SC", null).terminals());
        } catch (NoSuchAlgorithmException e) {
            throw new ServiceUnavailableException(
                    ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING, "SunPCSC: " + rootMessage(e), e);
        }
    }

    @Override
    public boolean recoversWithinProcess() {
        return false;
    }

    @Override
    public String description() {
        return "javax.smartcardio (SunPCSC)";
    }

    /** Maps what the JDK throws to the PC/SC return code it stands for. */
    static PcscException translate(String operation, Exception e) {
        if (e instanceof CardNotPresentException) {
            return new PcscException(operation, PcscError.NO_SMARTCARD.code());
        }
        if (e instanceof IllegalStateException) {
            // "Card has been removed" / "No terminals available" are the JDK's own texts.
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            PcscError error = message.contains("removed") ? PcscError.REMOVED_CARD : PcscError.NO_READERS_AVAILABLE;
            return new PcscException(operation, error.code());
        }
        String root = rootMessage(e);
        for (PcscError error : PcscError.values()) {
            if (error != PcscError.UNKNOWN && root.contains(error.constantName())) {
                return new PcscException(operation, error.code());
            }
        }
        // Codes the JDK has no name for arrive as "Unknown error 0x8010....".
        Matcher hex = HEX_CODE.matcher(root);
        if (hex.find()) {
            return new PcscException(operation, Integer.parseUnsignedInt(hex.group(1), 16));
        }
        // Anything else failed between us and the card: let the session check whether it is there.
        return new PcscException(operation, PcscError.COMM_ERROR.code());
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }

    private static final class JdkContext implements PcscContext {

        private final CardTerminals terminals;
        private volatile boolean cancelled;

        JdkContext(CardTerminals terminals) {
            this.terminals = terminals;
        }

        @Override
        public List<String> listReaders() throws PcscException {
            try {
                return terminals.list().stream().map(CardTerminal::getName).toList();
            } catch (CardException e) {
                PcscException failure = translate("list readers", e);
                if (failure.error() == PcscError.NO_READERS_AVAILABLE) {
                    return List.of();
                }
                throw failure;
            }
        }

        @Override
        public List<ReaderStatus> awaitChange(List<ReaderStatus> known, Duration timeout) throws PcscException {
            if (cancelled) {
                throw new PcscException("wait for change", PcscError.CANCELLED.code());
            }
            try {
                if (!terminals.list().isEmpty()) {
                    // The JDK only wakes on card events, never on readers coming and going.
                    terminals.waitForChange(Math.max(1, timeout.toMillis()));
                } else {
                    Thread.sleep(timeout);
                }
            } catch (CardException | IllegalStateException e) {
                PcscException failure = translate("wait for change", e);
                if (failure.error() != PcscError.NO_READERS_AVAILABLE) {
                    throw failure;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PcscException("wait for change", PcscError.CANCELLED.code());
            }
            List<ReaderStatus> now = new ArrayList<>(known.size());
            for (ReaderStatus status : known) {
                now.add(statusOf(status.reader()));
            }
            return now;
        }

        private ReaderStatus statusOf(String reader) throws PcscException {
            CardTerminal terminal = terminals.getTerminal(reader);
            if (terminal == null) {
                return new ReaderStatus(reader, ReaderStatus.STATE_UNKNOWN, new Atr(new byte[0]));
            }
            try {
                int state = terminal.isCardPresent() ? ReaderStatus.STATE_PRESENT : ReaderStatus.STATE_EMPTY;
                return new ReaderStatus(reader, state, new Atr(new byte[0]));
            } catch (CardException | IllegalStateException e) {
                PcscException failure = translate("card status", e);
                if (failure.kind() == PcscError.Kind.SERVICE_LOST) {
                    throw failure;
                }
                return new ReaderStatus(reader, ReaderStatus.STATE_UNKNOWN, new Atr(new byte[0]));
            }
        }

        @Override
        public CardConnection connect(String reader) throws PcscException {
            CardTerminal terminal = terminals.getTerminal(reader);
            if (terminal == null) {
                throw new PcscException("connect", PcscError.UNKNOWN_READER.code());
            }
            try {
                return new JdkConnection(terminal, terminal.connect("*"));
            } catch (CardException | IllegalStateException e) {
                throw translate("connect", e);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public void close() {
            cancelled = true;
        }
    }

    private static final class JdkConnection implements CardConnection {

        private final CardTerminal terminal;
        private final Card card;
        private final CardChannel channel;

        JdkConnection(CardTerminal terminal, Card card) {
            this.terminal = terminal;
            this.card = card;
            this.channel = card.getBasicChannel();
        }

        @Override
        public CardProtocol protocol() {
            return switch (card.getProtocol()) {
                case "T=0" -> CardProtocol.T0;
                case "T=1" -> CardProtocol.T1;
                default -> CardProtocol.OTHER;
            };
        }

        @Override
        public Atr atr() {
            return new Atr(card.getATR().getBytes());
        }

        @Override
        public byte[] transmit(byte[] command) throws PcscException {
            try {
                return channel.transmit(new CommandAPDU(command)).getBytes();
            } catch (CardException | IllegalStateException e) {
                throw translate("transmit", e);
            } catch (IllegalArgumentException e) {
                // The JDK refuses some encodings (e.g. extended length under T=0) before sending.
                throw new PcscException("transmit", PcscError.INVALID_PARAMETER.code());
            }
        }

        @Override
        public void beginTransaction() throws PcscException {
            try {
                card.beginExclusive();
            } catch (CardException | IllegalStateException e) {
                throw translate("begin transaction", e);
            }
        }

        @Override
        public void endTransaction() {
            try {
                card.endExclusive();
            } catch (CardException | IllegalStateException e) {
                // The card is gone or the transaction already ended: nothing left to release.
            }
        }

        @Override
        public boolean isCardPresent() {
            // The JDK offers no SCardStatus on a handle, so ask the reader, giving pcscd time to
            // finish its presence poll after a failed exchange.
            try {
                return !terminal.waitForCardAbsent(REMOVAL_CONFIRMATION_MILLIS);
            } catch (CardException | IllegalStateException e) {
                return false;
            }
        }

        @Override
        public void disconnect() {
            try {
                card.disconnect(false);
            } catch (CardException | IllegalStateException e) {
                // Already disconnected or removed.
            }
        }
    }
}
