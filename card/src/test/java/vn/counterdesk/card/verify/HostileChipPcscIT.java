package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipReader;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.card.read.ReadOptions;
import vn.counterdesk.card.read.ReadOutcome;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.testkit.profile.CardFault;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.vpcd.VpcdBridge;

/**
 * Two of the chip attacks of {@link HostileChipTest} through the real pcscd ("Virtual PCD 00 00" via vpcd), where
 * the reader driver and PC/SC framing sit between the hostile chip and {@link ChipReader}: the attack must still
 * arrive intact and end the read with the same reason. Run under {@code flock /tmp/counterdesk-pcscd.lock}.
 */
class HostileChipPcscIT {

    private static ReadOutcome readThroughPcscd(VirtualCard card) throws Exception {
        VerificationPcscIT.awaitEmptyReader();
        try (VpcdBridge bridge = VpcdBridge.insert(card.newChip())) {
            VerificationPcscIT.awaitCard();
            ChipReader reader =
                    new ChipReader(new StandardChipAuthenticator(new SecureRandom()), ReadOptions.defaults());
            return reader.read(
                    () -> CardSession.open(VerificationPcscIT.READER),
                    AccessInputParser.can(card.profile().can()),
                    ReadListener.NONE,
                    CancellationToken.none());
        }
    }

    /** Protection: the response MAC check of SecureMessagingTransport. */
    @Test
    void aBadResponseMacThroughPcscdEndsTheReadAsAnIoFailure() throws Exception {
        ReadOutcome outcome = readThroughPcscd(HostileChipTest.card(CardFault.BAD_RESPONSE_MAC));

        assertThat(outcome).isEqualTo(new ReadOutcome.IoFailure("response MAC does not verify"));
    }

    /** Protection: ElementaryFileReader's 1 MiB cap on the length a file header declares. */
    @Test
    void aDataGroupDeclaringTwoGigabytesThroughPcscdEndsTheReadAsMalformedDg2() throws Exception {
        ReadOutcome outcome = readThroughPcscd(HostileChipTest.card(CardFault.OVERSIZED_LENGTH_FIELD));

        assertThat(outcome)
                .isEqualTo(HostileChipTest.malformedDg2(
                        "DG2 declares 2147483638 bytes, more than the 1048576 an elementary file may have"));
    }
}
