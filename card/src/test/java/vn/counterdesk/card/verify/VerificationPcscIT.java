package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipRead;
import vn.counterdesk.card.read.ChipReader;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.card.read.ReadOptions;
import vn.counterdesk.card.read.ReadOutcome;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.testkit.profile.CardFault;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.vpcd.VpcdBridge;

/**
 * Final acceptance: the virtual chip inserted into the real pcscd ("Virtual PCD 00 00" via vpcd),
 * read, authenticated (CA + AA) and verified. Run under {@code flock /tmp/counterdesk-pcscd.lock}.
 */
class VerificationPcscIT {

    static final String READER = "Virtual PCD 00 00";
    private static final List<CardFault> AUTHENTICITY_FAULTS = List.of(
            CardFault.TAMPERED_DATA_GROUP,
            CardFault.SOD_SIGNER_KEY_MISMATCH,
            CardFault.DS_NOT_ISSUED_BY_CSCA,
            CardFault.DS_CERTIFICATE_EXPIRED,
            CardFault.AA_KEY_MISMATCH);

    private static ChipRead readThroughPcscd(VirtualCard card) throws Exception {
        awaitEmptyReader();
        try (VpcdBridge bridge = VpcdBridge.insert(card.newChip())) {
            awaitCard();
            ChipReader reader =
                    new ChipReader(new StandardChipAuthenticator(new SecureRandom()), ReadOptions.defaults());
            ReadOutcome outcome = reader.read(
                    () -> CardSession.open(READER),
                    AccessInputParser.can(card.profile().can()),
                    ReadListener.NONE,
                    CancellationToken.none());
            assertThat(outcome).as(card.toString()).isInstanceOf(ReadOutcome.Success.class);
            assertThat(bridge.apduCount()).isPositive();
            return ((ReadOutcome.Success) outcome).read();
        }
    }

    /** pcscd notices an inserted vpcd card on its next poll. */
    static void awaitCard() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            try (CardSession probe = CardSession.open(READER)) {
                return;
            } catch (CardIoException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The previous card must be gone in pcscd's view, or the next probe would find it. */
    static void awaitEmptyReader() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            try (CardSession stale = CardSession.open(READER)) {
                Thread.sleep(200);
            } catch (CardIoException e) {
                return;
            }
        }
        throw new IllegalStateException(READER + " still reports a card");
    }

    @Test
    void goodCardThroughPcscdIsGenuineWithTheTestCscaAndChainUnverifiedWithout() throws Exception {
        VirtualCard card = VirtualCardVerificationTest.card(List.of());
        ChipRead read = readThroughPcscd(card);

        assertThat(read.authentication().chipAuthentication())
                .isInstanceOf(vn.counterdesk.card.auth.AuthOutcome.Passed.class);
        assertThat(read.authentication().activeAuthentication())
                .isInstanceOf(vn.counterdesk.card.auth.AuthOutcome.Passed.class);
        assertThat(VirtualCardVerificationTest.verify(read, TrustStore.of(List.of(card.csca())))
                        .verdict())
                .isEqualTo(Verdict.GENUINE);
        assertThat(VirtualCardVerificationTest.verify(read, TrustStore.builtIn())
                        .verdict())
                .isEqualTo(Verdict.CHAIN_UNVERIFIED);
    }

    @Test
    void everyAuthenticityFaultThroughPcscdGivesItsVerdictAndFailingCheck() throws Exception {
        for (CardFault fault : AUTHENTICITY_FAULTS) {
            VirtualCard card = VirtualCardVerificationTest.card(List.of(fault.name()));

            Verification verification =
                    VirtualCardVerificationTest.verify(readThroughPcscd(card), TrustStore.of(List.of(card.csca())));

            assertThat(verification.verdict().name())
                    .as(fault.name())
                    .isEqualTo(fault.expectedVerdict().orElseThrow().name());
            assertThat(VirtualCardVerificationTest.failing(verification))
                    .as(fault.name())
                    .isEqualTo(VirtualCardVerificationTest.expectedFailingCheck(fault));
        }
    }
}
