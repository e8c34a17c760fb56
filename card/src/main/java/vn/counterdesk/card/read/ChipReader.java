package vn.counterdesk.card.read;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.card.access.AccessInput;
import vn.counterdesk.card.access.AccessInput.AccessPlan;
import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.access.AccessResult;
import vn.counterdesk.card.access.Bac;
import vn.counterdesk.card.access.BacKey;
import vn.counterdesk.card.access.Pace;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.auth.ChipAuthenticator;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.lds.Dg1;
import vn.counterdesk.card.lds.Dg13;
import vn.counterdesk.card.lds.Dg2;
import vn.counterdesk.card.lds.FaceImage;
import vn.counterdesk.card.lds.FaceImages;
import vn.counterdesk.card.lds.MrzRecord;
import vn.counterdesk.card.lds.SecurityInfos;
import vn.counterdesk.card.sm.SecureMessagingException;
import vn.counterdesk.card.sm.SecureMessagingTransport;
import vn.counterdesk.card.sm.SmCrypto;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The one entry point the CLI and UI call: opens the chip with what the clerk entered (PACE first,
 * BAC as an explicit, recorded fallback after a card reset), reads the files the task needs, runs
 * the chip-side authentication, and returns a {@link ReadOutcome}. Any failure discards everything
 * read so far: there is no partial identity.
 *
 * <p>Instances hold no card state and may be reused; one read runs at a time per instance.
 */
public final class ChipReader {

    private static final System.Logger LOG = System.getLogger(ChipReader.class.getName());

    /** eMRTD application identifier (Doc 9303-10). */
    static final byte[] MRTD_AID = HexFormat.of().parseHex("A0000002471001");

    /**
     * EF.CardAccess observed on Vietnamese cards (spec §4), used only when the card's own file
     * cannot be read (some readers and OSes block the MF-level read).
     */
    static final byte[] OBSERVED_CARD_ACCESS = HexFormat.of()
            .parseHex("3134300D060804007F0007020202020101300F060A04007F00070202030202020101"
                    + "3012060A04007F0007020204020202010202010D");

    /** Secure-messaging overhead of a response: DO87 header (1+3+1), DO99 (4), DO8E (10). */
    private static final int SM_RESPONSE_OVERHEAD = 19;

    private final ChipAuthenticator authenticator;
    private final ReadOptions options;
    private final SecureRandom random;
    private final Clock clock;

    public ChipReader(ChipAuthenticator authenticator, ReadOptions options) {
        this(authenticator, options, new SecureRandom(), Clock.systemDefaultZone());
    }

    public ChipReader(ChipAuthenticator authenticator, ReadOptions options, SecureRandom random, Clock clock) {
        this.authenticator = authenticator;
        this.options = options;
        this.random = random;
        this.clock = clock;
    }

    public ReadOutcome read(
            CardConnector connector, AccessInput input, ReadListener listener, CancellationToken cancellation) {
        long start = System.nanoTime();
        Session session = new Session(connector, cancellation);
        try {
            AccessPlan plan = input.plan(options.maxBacAttempts());
            if (!options.allowPace()) {
                plan = plan.bacOnly();
            }
            Access access = open(session, plan);
            if (access instanceof Access.Denied denied) {
                return new ReadOutcome.AccessDenied(denied.lastMethod(), denied.attempts());
            }
            AccessResult.Opened opened = ((Access.Granted) access).opened();
            session.secure = opened.session();
            listener.accessOpened(opened.method());
            return readFiles(session, opened, listener, start);
        } catch (CountingTransport.ReadCancelledException e) {
            return new ReadOutcome.Cancelled();
        } catch (CardRemovedException e) {
            return new ReadOutcome.CardRemoved();
        } catch (CardIoException e) {
            session.close();
            if (!(e instanceof SecureMessagingException) && connector.cardLeft()) {
                return new ReadOutcome.CardRemoved();
            }
            LOG.log(System.Logger.Level.INFO, "chip read failed: {0}", e.getMessage());
            return new ReadOutcome.IoFailure(e.getMessage());
        } catch (MalformedFile e) {
            return new ReadOutcome.MalformedChipData(Optional.of(e.file), e.getMessage());
        } catch (TlvParseException e) {
            return new ReadOutcome.MalformedChipData(Optional.empty(), e.getMessage());
        } finally {
            session.close();
        }
    }

    private sealed interface Access {
        record Granted(AccessResult.Opened opened) implements Access {}

        record Denied(Optional<AccessMethod> lastMethod, int attempts) implements Access {}
    }

    /** Spec §5.2: EF.CardAccess → PACE → (reset) → BAC candidates. */
    private Access open(Session session, AccessPlan plan) throws CardIoException {
        Optional<AccessMethod> last = Optional.empty();
        int attempts = 0;
        boolean paceTried = false;
        CountingTransport link = session.connect();
        if (plan.pace().isPresent()) {
            Optional<SecurityInfos.PaceInfo> paceInfo = readCardAccess(link).paceInfos().stream()
                    .filter(Pace::supports)
                    .findFirst();
            if (paceInfo.isPresent()) {
                paceTried = true;
                attempts++;
                last = Optional.of(plan.pace().get().method());
                try {
                    AccessResult result =
                            Pace.open(link, paceInfo.get(), plan.pace().get(), random);
                    if (result instanceof AccessResult.Opened opened) {
                        selectApplication(opened.session(), "SELECT eMRTD application (PACE)");
                        return new Access.Granted(opened);
                    }
                    LOG.log(System.Logger.Level.INFO, "PACE did not open the chip: {0}", describe(result));
                    if (plan.bacCandidates().isEmpty()) {
                        return deniedOrFailure(result, last, attempts);
                    }
                } catch (CardRemovedException | CountingTransport.ReadCancelledException e) {
                    throw e;
                } catch (CardIoException e) {
                    if (plan.bacCandidates().isEmpty()) {
                        throw e;
                    }
                    LOG.log(
                            System.Logger.Level.INFO,
                            "PACE failed on the link, falling back to BAC: {0}",
                            e.getMessage());
                }
            } else {
                LOG.log(System.Logger.Level.INFO, "chip offers no supported PACE; using BAC");
            }
        }
        if (plan.bacCandidates().isEmpty()) {
            return new Access.Denied(last, attempts);
        }
        if (paceTried) {
            // A refused PACE may leave the chip in a state where BAC fails: start from a reset card.
            link = session.reconnect();
        }
        selectApplication(link, "SELECT eMRTD application");
        for (BacKey key : plan.bacCandidates()) {
            attempts++;
            last = Optional.of(AccessMethod.BAC);
            AccessResult result = Bac.open(link, key, random);
            if (result instanceof AccessResult.Opened opened) {
                if (paceTried) {
                    LOG.log(System.Logger.Level.INFO, "opened with BAC after PACE was refused");
                }
                return new Access.Granted(opened);
            }
            if (result instanceof AccessResult.Refused refused && refused.wrongKey()) {
                continue;
            }
            return deniedOrFailure(result, last, attempts);
        }
        return new Access.Denied(last, attempts);
    }

    private static Access deniedOrFailure(AccessResult result, Optional<AccessMethod> last, int attempts)
            throws CardIoException {
        return switch (result) {
            case AccessResult.Refused r when r.wrongKey() -> new Access.Denied(last, attempts);
            case AccessResult.Refused r ->
                throw new UnexpectedStatusException(r.method().label() + " " + r.step(), r.statusWord());
            case AccessResult.Failed f -> throw new CardIoException(f.method().label() + ": " + f.reason());
            case AccessResult.Opened o -> throw new IllegalStateException("opened is not a failure");
        };
    }

    private static String describe(AccessResult result) {
        return switch (result) {
            case AccessResult.Refused r ->
                String.format("%s refused at %s (SW %04X)", r.method().label(), r.step(), r.statusWord());
            case AccessResult.Failed f -> f.method().label() + " failed: " + f.reason();
            case AccessResult.Opened o -> "opened";
        };
    }

    private static SecurityInfos readCardAccess(CountingTransport link) throws CardIoException {
        ResponseApdu select = link.transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x01, 0x1C}));
        if (select.isSuccess()) {
            ResponseApdu content = link.transmit(new CommandApdu(0x00, 0xB0, 0x00, 0x00, CommandApdu.MAX_SHORT_NE));
            if (content.isSuccess() || content.sw() == 0x6282) {
                try {
                    return SecurityInfos.parse(content.data());
                } catch (TlvParseException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "EF.CardAccess unreadable ({0}); using the observed VN content",
                            e.getMessage());
                }
            }
        }
        LOG.log(
                System.Logger.Level.WARNING,
                "EF.CardAccess not readable (SW {0}); using the observed VN content",
                String.format("%04X", select.sw()));
        try {
            return SecurityInfos.parse(OBSERVED_CARD_ACCESS);
        } catch (TlvParseException e) {
            throw new IllegalStateException("built-in EF.CardAccess is valid", e);
        }
    }

    private static void selectApplication(vn.counterdesk.pcsc.ApduTransport link, String step) throws CardIoException {
        ResponseApdu response = link.transmit(new CommandApdu(0x00, 0xA4, 0x04, 0x0C, MRTD_AID));
        if (!response.isSuccess()) {
            throw new UnexpectedStatusException(step, response.sw());
        }
    }

    private ReadOutcome readFiles(Session session, AccessResult.Opened opened, ReadListener listener, long start)
            throws CardIoException, TlvParseException, MalformedFile {
        SecureMessagingTransport sm = opened.session();
        ElementaryFileReader files = new ElementaryFileReader(sm, sm.maxShortReadLength(), extendedChunk(sm));
        Map<DataGroup, byte[]> raw = new EnumMap<>(DataGroup.class);
        for (DataGroup file : options.files()) {
            FileContent content = readFile(files, file, listener);
            if (content instanceof FileContent.Read read) {
                raw.put(file, read.bytes());
            }
        }
        IdentityDocument document = parse(raw);
        AuthenticationResults authentication = authenticator.authenticate(sm, ChipRead.byNumber(raw));
        long millis = (System.nanoTime() - start) / 1_000_000;
        ReadStatistics statistics = new ReadStatistics(session.apdus(), files.bytesRead(), millis);
        return new ReadOutcome.Success(new ChipRead(document, opened.method(), authentication, statistics, raw));
    }

    /** A file whose header is refused (e.g. a forged 2 GB length) is reported as that file's malformed data. */
    private static FileContent readFile(ElementaryFileReader files, DataGroup file, ReadListener listener)
            throws CardIoException, MalformedFile {
        try {
            return files.read(file, listener);
        } catch (TlvParseException e) {
            throw new MalformedFile(file, e);
        }
    }

    private IdentityDocument parse(Map<DataGroup, byte[]> raw) throws MalformedFile {
        Map<Integer, Dg13.Entry> dg13 =
                parseFile(raw, DataGroup.DG13, Dg13::parse).orElse(Map.of());
        Optional<MrzRecord> dg1 = parseFile(raw, DataGroup.DG1, Dg1::parse);
        Optional<FaceImage> photo = parseFile(raw, DataGroup.DG2, Dg2::parse);
        // An image bomb ends the read here, so no screen or export ever hands its header to a decoder.
        Optional<String> bomb = photo.flatMap(FaceImages::oversizeRefusal);
        if (bomb.isPresent()) {
            throw new MalformedFile(DataGroup.DG2, bomb.get());
        }
        try {
            return IdentityDocuments.from(dg13, dg1, photo, LocalDate.now(clock));
        } catch (TlvParseException e) {
            throw new MalformedFile(dg13.isEmpty() ? DataGroup.DG1 : DataGroup.DG13, e);
        }
    }

    private interface Parser<T> {
        T parse(byte[] bytes) throws TlvParseException;
    }

    private static <T> Optional<T> parseFile(Map<DataGroup, byte[]> raw, DataGroup file, Parser<T> parser)
            throws MalformedFile {
        byte[] bytes = raw.get(file);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(bytes));
        } catch (TlvParseException e) {
            throw new MalformedFile(file, e);
        }
    }

    /** Largest plain read under SM when extended length is on; 0 when short reads must be used. */
    private int extendedChunk(SecureMessagingTransport sm) {
        LinkCapabilities link = sm.capabilities();
        if (!options.useExtendedLength() || !link.extendedLength()) {
            return 0;
        }
        int block = SmCrypto.of(sm.cipher()).blockSize();
        int available = Math.min(link.maxResponseLength(), CommandApdu.MAX_EXTENDED_NE - 1) - SM_RESPONSE_OVERHEAD;
        return (available / block) * block - 1;
    }

    /** A file that was read but does not parse. */
    private static final class MalformedFile extends Exception {
        final DataGroup file;

        MalformedFile(DataGroup file, TlvParseException cause) {
            super(cause.getMessage(), cause);
            this.file = file;
        }

        MalformedFile(DataGroup file, String reason) {
            super(reason);
            this.file = file;
        }
    }

    /** The connections of one read, with APDUs counted across resets. */
    private static final class Session {
        private final CardConnector connector;
        private final CancellationToken cancellation;
        private CountingTransport link;
        private SecureMessagingTransport secure;
        private int closedApdus;

        Session(CardConnector connector, CancellationToken cancellation) {
            this.connector = connector;
            this.cancellation = cancellation;
        }

        CountingTransport connect() throws CardIoException {
            if (cancellation.isCancelled()) {
                throw new CountingTransport.ReadCancelledException();
            }
            link = new CountingTransport(connector.connect(), cancellation);
            return link;
        }

        CountingTransport reconnect() throws CardIoException {
            close();
            return connect();
        }

        int apdus() {
            return closedApdus + (link == null ? 0 : link.apdus());
        }

        void close() {
            if (secure != null) {
                secure.close();
                secure = null;
            }
            if (link != null) {
                closedApdus += link.apdus();
                link.close();
                link = null;
            }
        }
    }
}
