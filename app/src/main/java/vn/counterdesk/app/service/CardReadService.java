package vn.counterdesk.app.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.counterdesk.card.access.AccessInput;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.access.InvalidAccessInputException;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipRead;
import vn.counterdesk.card.read.ChipReader;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.card.read.ReadOptions;
import vn.counterdesk.card.read.ReadOutcome;
import vn.counterdesk.card.read.ReadStatistics;
import vn.counterdesk.card.verify.DocumentVerifier;
import vn.counterdesk.card.verify.LdsFiles;
import vn.counterdesk.card.verify.StandardChipAuthenticator;
import vn.counterdesk.card.verify.Verification;
import vn.counterdesk.card.verify.trust.TrustStore;

/** Reads the card in the current source with the clerk's key and verifies what came back. Blocking. */
public final class CardReadService {

    private static final System.Logger LOG = System.getLogger(CardReadService.class.getName());

    private final CardSource source;
    private final TrustStore trustStore;
    private final Clock clock;
    private final AtomicReference<Optional<ReadStatistics>> lastStatistics = new AtomicReference<>(Optional.empty());

    public CardReadService(CardSource source, TrustStore trustStore, Clock clock) {
        this.source = source;
        this.trustStore = trustStore;
        this.clock = clock;
    }

    public CardSource source() {
        return source;
    }

    /** Checks typed or scanned text before any card I/O; the error names what is wrong. */
    public static AccessInput parseKey(String typed) throws InvalidAccessInputException {
        return AccessInputParser.detect(typed);
    }

    public CardReadResult read(AccessInput key, ReadListener listener, CancellationToken cancellation) {
        return switch (source.availability()) {
            case CardSource.Availability.ServiceDown down -> failed(CardReadResult.Reason.SERVICE_DOWN);
            case CardSource.Availability.NoReader none -> failed(CardReadResult.Reason.NO_READER);
            case CardSource.Availability.NoCard empty -> failed(CardReadResult.Reason.NO_CARD);
            case CardSource.Availability.CardPresent present -> {
                ChipReader reader = new ChipReader(
                        new StandardChipAuthenticator(new SecureRandom()),
                        ReadOptions.defaults(),
                        new SecureRandom(),
                        clock);
                yield outcome(reader.read(present.connector(), key, listener, cancellation));
            }
        };
    }

    private CardReadResult outcome(ReadOutcome outcome) {
        return switch (outcome) {
            case ReadOutcome.Success success -> verified(success.read());
            case ReadOutcome.AccessDenied denied -> failed(CardReadResult.Reason.ACCESS_DENIED);
            case ReadOutcome.CardRemoved removed -> failed(CardReadResult.Reason.CARD_REMOVED);
            case ReadOutcome.Cancelled cancelled -> failed(CardReadResult.Reason.CANCELLED);
            case ReadOutcome.IoFailure failure -> failed(CardReadResult.Reason.CHIP_ERROR);
            case ReadOutcome.MalformedChipData malformed -> failed(CardReadResult.Reason.CHIP_ERROR);
        };
    }

    /** APDU count, bytes and time of the last successful chip read, for the diagnosis screen. */
    public Optional<ReadStatistics> lastStatistics() {
        return lastStatistics.get();
    }

    private CardReadResult verified(ChipRead read) {
        lastStatistics.set(Optional.of(read.statistics()));
        LOG.log(
                System.Logger.Level.INFO,
                "chip read: {0} APDUs, {1} bytes, {2} ms",
                read.statistics().apdus(),
                read.statistics().bytesRead(),
                read.statistics().millis());
        LdsFiles files = LdsFiles.of(read.raw(DataGroup.COM), read.raw(DataGroup.SOD), read.dataGroupsByNumber());
        Verification verification = new DocumentVerifier(trustStore, clock)
                .verify(files, DocumentVerifier.factsFromDg1(read.raw(DataGroup.DG1)), read.authentication());
        return new CardReadResult.Read(read.document(), verification, read.access());
    }

    private static CardReadResult failed(CardReadResult.Reason reason) {
        return new CardReadResult.Failed(reason);
    }
}
