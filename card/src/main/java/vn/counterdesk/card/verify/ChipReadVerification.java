package vn.counterdesk.card.verify;

import java.time.Clock;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.read.ChipRead;
import vn.counterdesk.card.verify.trust.TrustStore;

/**
 * Verifies what one card presentation produced: the files read (EF.COM, EF.SOD, every data group)
 * and the chip-side protocol results, with the issuing state and expiry taken from DG1 as the chip
 * stored it. The CLI and the desktop app both come through here, so a read is judged the same way.
 */
public final class ChipReadVerification {

    private final DocumentVerifier verifier;

    public ChipReadVerification(TrustStore trustStore, Clock clock) {
        this.verifier = new DocumentVerifier(trustStore, clock);
    }

    public Verification verify(ChipRead read) {
        LdsFiles files = LdsFiles.of(read.raw(DataGroup.COM), read.raw(DataGroup.SOD), read.dataGroupsByNumber());
        return verifier.verify(files, DocumentVerifier.factsFromDg1(files.dataGroup(1)), read.authentication());
    }
}
