package vn.counterdesk.pcsc;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * An exclusive conversation with the card in one reader: connect (shared mode, T=0 or T=1) →
 * {@code SCardBeginTransaction} → APDUs → end transaction → disconnect without reset on
 * {@link #close()}. One session per card presentation; used from one thread at a time.
 *
 * <p>Status-word follow-ups are handled here and only here (the JDK's automatic handling is not
 * in the path): {@code 61xx} is answered with GET RESPONSE until the card has sent everything,
 * {@code 6Cxx} with one re-send carrying the right Le. Under T=0 this is the protocol's own
 * mechanism and always on; under T=1 it is on by default ({@link Options#followUpOnT1}).
 *
 * <p>Any sign that the card left (removed, reset by someone else, mute, or a transport failure
 * with the card no longer present) ends the session with {@link CardRemovedException}, and every
 * later call fails the same way.
 */
public final class CardSession implements ApduTransport {

    private static final System.Logger TRACE = System.getLogger("vn.counterdesk.pcsc.apdu");
    private static final int INS_GET_RESPONSE = 0xC0;
    private static final int MAX_GET_RESPONSES = 256;

    /**
     * Session behaviour.
     *
     * @param followUpOnT1 answer 61xx/6Cxx automatically under T=1 too
     * @param trace log each APDU's header, lengths, status word and time (never data) at DEBUG on
     *     the logger {@code vn.counterdesk.pcsc.apdu}
     */
    public record Options(boolean followUpOnT1, boolean trace) {
        public static Options defaults() {
            return new Options(true, Boolean.getBoolean("counterdesk.pcsc.trace"));
        }
    }

    private final PcscContext context;
    private final CardConnection connection;
    private final String reader;
    private final Options options;
    private final ReaderProfiles profiles;
    private SessionStats stats = SessionStats.ZERO;
    private boolean removed;
    private boolean closed;

    private CardSession(
            PcscContext context, CardConnection connection, String reader, Options options, ReaderProfiles profiles) {
        this.context = context;
        this.connection = connection;
        this.reader = reader;
        this.options = options;
        this.profiles = profiles;
    }

    /** Opens a session on {@code reader} through the platform's PC/SC service. */
    public static CardSession open(String reader) throws CardIoException {
        return open(PcscBackends.configured(), reader, Options.defaults(), ReaderProfiles.standard());
    }

    public static CardSession open(String reader, Options options) throws CardIoException {
        return open(PcscBackends.configured(), reader, options, ReaderProfiles.standard());
    }

    static CardSession open(PcscBackend backend, String reader, Options options, ReaderProfiles profiles)
            throws CardIoException {
        Objects.requireNonNull(reader);
        // A context of its own: calls on the monitor's context are serialised behind its waits.
        PcscContext context = backend.establishContext();
        try {
            CardConnection connection = context.connect(reader);
            try {
                connection.beginTransaction();
            } catch (PcscException e) {
                connection.disconnect();
                throw e;
            }
            return new CardSession(context, connection, reader, options, profiles);
        } catch (PcscException e) {
            context.close();
            throw e.kind() == PcscError.Kind.READER_GONE ? e : PcscFailures.forSession(e);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardIoException {
        ensureUsable();
        checkLimits(command);
        ResponseApdu response = exchange(command, false);
        if (followUps() && response.sw1() == 0x6C) {
            response = exchange(withNe(command, response.sw2()), true);
        }
        if (followUps() && response.sw1() == 0x61) {
            response = collectRemainder(command, response);
        }
        return response;
    }

    @Override
    public LinkCapabilities capabilities() {
        return profiles.capabilities(reader, connection.protocol());
    }

    @Override
    public byte[] atr() {
        return connection.atr().bytes();
    }

    public String reader() {
        return reader;
    }

    public CardProtocol protocol() {
        return connection.protocol();
    }

    /** Counters since the session opened. */
    public SessionStats stats() {
        return stats;
    }

    /** Ends the transaction and disconnects, leaving the card powered; never throws. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!removed) {
            connection.endTransaction();
        }
        connection.disconnect();
        context.close();
    }

    private boolean followUps() {
        return switch (connection.protocol()) {
            case T0 -> true;
            case T1 -> options.followUpOnT1();
            case OTHER -> false;
        };
    }

    private void ensureUsable() throws CardIoException {
        if (removed) {
            throw new CardRemovedException("card was removed; open a new session");
        }
        if (closed) {
            throw new CardIoException("session is closed");
        }
    }

    private void checkLimits(CommandApdu command) throws LinkLimitException {
        if (!command.isExtended()) {
            return;
        }
        if (connection.protocol() == CardProtocol.T0) {
            throw new LinkLimitException("T=0 cannot carry extended-length APDUs");
        }
        if (profiles.extendedLength(reader) == ReaderProfiles.Support.NO) {
            throw new LinkLimitException("this reader does not carry extended-length APDUs");
        }
    }

    /** Collects the rest of a 61xx answer with GET RESPONSE on the command's logical channel. */
    private ResponseApdu collectRemainder(CommandApdu command, ResponseApdu first) throws CardIoException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(first.data());
        ResponseApdu last = first;
        for (int i = 0; i < MAX_GET_RESPONSES && last.sw1() == 0x61; i++) {
            int ne = last.sw2() == 0 ? CommandApdu.MAX_SHORT_NE : last.sw2();
            last = exchange(new CommandApdu(channelClass(command.cla()), INS_GET_RESPONSE, 0, 0, ne), true);
            data.writeBytes(last.data());
        }
        return new ResponseApdu(data.toByteArray(), last.sw());
    }

    /**
     * GET RESPONSE is a plain interindustry command: keep only the logical-channel bits of the
     * original CLA (the JDK re-uses the whole CLA, which would mark it secure-messaging).
     */
    static int channelClass(int cla) {
        return (cla & 0x40) == 0 ? cla & 0x03 : 0x40 | (cla & 0x0F);
    }

    private static CommandApdu withNe(CommandApdu command, int sw2) {
        int ne = sw2 == 0 ? CommandApdu.MAX_SHORT_NE : sw2;
        return new CommandApdu(command.cla(), command.ins(), command.p1(), command.p2(), command.data(), ne);
    }

    private ResponseApdu exchange(CommandApdu command, boolean followUp) throws CardIoException {
        byte[] encoded = command.encode();
        trace("> {0} Lc={1} Ne={2}", command.header(), command.data().length, command.ne());
        long start = System.nanoTime();
        byte[] raw;
        try {
            raw = connection.transmit(encoded);
        } catch (PcscException e) {
            stats = stats.plus(encoded.length, 0, followUp, true, System.nanoTime() - start);
            trace("< {0}", e.error().constantName());
            throw failure(command, e);
        }
        long nanos = System.nanoTime() - start;
        stats = stats.plus(encoded.length, raw.length, followUp, raw.length < 2, nanos);
        if (raw.length < 2) {
            // No status word: the card stopped answering mid-exchange (vpcd reports a pulled card
            // this way before pcscd notices the removal). Like SCARD_W_UNRESPONSIVE_CARD, the
            // session state on both sides is lost, so the session ends here.
            removed = true;
            trace("< no status word ({0} bytes)", raw.length);
            throw new CardRemovedException("card gave no status word; session aborted");
        }
        ResponseApdu response = ResponseApdu.parse(raw);
        trace("< SW={0} Nr={1} {2} us", String.format("%04X", response.sw()), raw.length - 2, nanos / 1000);
        if (command.isExtended() && response.sw() != 0x6700) {
            profiles.learnExtendedLength(reader, true);
        }
        return response;
    }

    private CardIoException failure(CommandApdu command, PcscException e) {
        boolean cardGone = e.kind() == PcscError.Kind.CARD_GONE
                || (e.kind() != PcscError.Kind.SERVICE_LOST && !connection.isCardPresent());
        if (cardGone) {
            removed = true;
            return new CardRemovedException("card session aborted: " + e.error().constantName(), e);
        }
        boolean refusedExtended = command.isExtended()
                && (e.kind() == PcscError.Kind.TRANSPORT_FAILURE || e.kind() == PcscError.Kind.LINK_LIMIT)
                && profiles.extendedLength(reader) != ReaderProfiles.Support.YES;
        if (refusedExtended) {
            profiles.learnExtendedLength(reader, false);
            return new LinkLimitException("reader refused an extended-length APDU; use short APDUs", e);
        }
        return PcscFailures.forSession(e);
    }

    private void trace(String format, Object... args) {
        if (options.trace()) {
            TRACE.log(System.Logger.Level.DEBUG, format, args);
        }
    }
}
