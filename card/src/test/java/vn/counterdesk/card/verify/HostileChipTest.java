package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipReader;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.card.read.ReadOptions;
import vn.counterdesk.card.read.ReadOutcome;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.pcsc.InProcessTransport;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.testkit.profile.CardFault;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.FaultPlan;
import vn.counterdesk.testkit.profile.VirtualCard;

/**
 * Chip attacks end to end: a hostile virtual chip (testkit {@link CardFault}) produces each attack on the wire, and
 * the real {@link ChipReader} (PACE, secure messaging, file reading, CA + AA) and {@link ChipReadVerification} must end
 * the presentation cleanly with the reason the clerk sees. Each test names the protection it proves: with that
 * protection removed, the read would succeed (or end with another reason) and the test fails.
 *
 * <p>The same attacks at the defending classes alone are in {@code HostileChipResponseTest},
 * {@code SecureMessagingAttackTest}, {@code FaceImageBombTest}; through pcscd in {@code HostileChipPcscIT}.
 */
class HostileChipTest {

    static VirtualCard card(CardFault fault) throws Exception {
        return CardGenerator.generate(
                CardProfiles.persona(CardProfiles.DEFAULT_PERSONA), FaultPlan.parse(List.of(fault.name())));
    }

    static ReadOutcome read(VirtualCard card) throws Exception {
        ChipReader reader = new ChipReader(new StandardChipAuthenticator(new SecureRandom()), ReadOptions.defaults());
        return reader.read(
                () -> new InProcessTransport(card.newChip(), LinkCapabilities.shortOnly()),
                AccessInputParser.can(card.profile().can()),
                ReadListener.NONE,
                CancellationToken.none());
    }

    /** Protection: ElementaryFileReader caps a file at 1 MiB from its header, before allocating or reading on. */
    @Test
    void aDataGroupDeclaringTwoGigabytesEndsTheReadAsMalformedDg2() throws Exception {
        ReadOutcome outcome = read(card(CardFault.OVERSIZED_LENGTH_FIELD));

        assertThat(outcome)
                .isEqualTo(malformedDg2(
                        "DG2 declares 2147483638 bytes, more than the 1048576 an " + "elementary file may have"));
    }

    static ReadOutcome malformedDg2(String reason) {
        return new ReadOutcome.MalformedChipData(Optional.of(DataGroup.DG2), reason);
    }

    /** Protection: ElementaryFileReader refuses a READ BINARY answer longer than its Le (instead of cutting it). */
    @Test
    void anAnswerLongerThanAskedEndsTheReadAsAnIoFailure() throws Exception {
        ReadOutcome outcome = read(card(CardFault.OVERLONG_RESPONSE));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ReadOutcome.IoFailure.class,
                        failure -> assertThat(failure.reason())
                                .matches("READ BINARY of DG13 returned \\d+ bytes, more than the \\d+ asked"));
    }

    /** Protection: SecureMessagingTransport verifies DO'8E' over SSC and the response objects. */
    @Test
    void aBadResponseMacEndsTheReadAsAnIoFailure() throws Exception {
        ReadOutcome outcome = read(card(CardFault.BAD_RESPONSE_MAC));

        assertThat(outcome).isEqualTo(new ReadOutcome.IoFailure("response MAC does not verify"));
    }

    /**
     * Protection: the send sequence counter in the response MAC. The replayed answer is a genuine one, MACed with the
     * session key; only the counter it was MACed under (one step behind) differs.
     */
    @Test
    void aReplayedAnswerEndsTheReadAsAnIoFailure() throws Exception {
        ReadOutcome outcome = read(card(CardFault.REPLAYED_RESPONSE));

        assertThat(outcome).isEqualTo(new ReadOutcome.IoFailure("response MAC does not verify"));
    }

    /**
     * Protection: ChipReader asks FaceImages for the portrait's declared size and refuses the read; a screen or export
     * never gets the bomb. The DG2 is signed into the SOD, so nothing else stops it.
     */
    @Test
    void aPortraitDeclaringHalfAGigapixelEndsTheReadAsMalformedDg2() throws Exception {
        ReadOutcome outcome = read(card(CardFault.DG2_IMAGE_BOMB));

        assertThat(outcome)
                .isEqualTo(malformedDg2(
                        "face image declares 30000 x 20000 pixels, more than the 16777216 a " + "portrait may have"));
    }

    /**
     * Protection: the hash-algorithm allow-list of passive authentication (Crypto.allowedHashName). The MD5 hashes
     * match and the SOD signature is genuine, so without the allow-list this card would be GENUINE.
     */
    @Test
    void anSodHashingWithMd5IsReadButJudgedTampered() throws Exception {
        VirtualCard card = card(CardFault.SOD_HASH_ALGORITHM_NOT_ALLOWED);

        ReadOutcome outcome = read(card);

        assertThat(outcome).isInstanceOf(ReadOutcome.Success.class);
        Verification verification = new ChipReadVerification(TrustStore.of(List.of(card.csca())), Clock.systemUTC())
                .verify(((ReadOutcome.Success) outcome).read());
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
        Check hashes = verification.check(CheckName.DG_HASHES).orElseThrow();
        assertThat(hashes.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(VerificationMessages.render(hashes, Locale.ENGLISH))
                .isEqualTo("The data groups are hashed with an algorithm that is not allowed (1.2.840.113549.2.5).");
        assertThat(VirtualCardVerificationTest.failing(verification)).containsExactly(CheckName.DG_HASHES);
    }
}
