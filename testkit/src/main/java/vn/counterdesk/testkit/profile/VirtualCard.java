package vn.counterdesk.testkit.profile;

import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.counterdesk.testkit.chip.CardImage;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.chip.ChipRandom;
import vn.counterdesk.testkit.chip.VirtualIdCard;

/**
 * A generated, signed card: its profile, MRZ, chip content, faults and the CSCA that (normally)
 * issued its document signer. {@link #newChip()} gives a fresh chip to insert into a reader.
 */
public record VirtualCard(
        CardProfile profile, Td1Mrz mrz, CardImage image, FaultPlan faults, X509CertificateHolder csca) {

    public VirtualIdCard newChip() {
        return new VirtualIdCard(image, faults.behaviour(), ChipRandom.secure());
    }

    public VirtualIdCard newChip(ChipRandom random) {
        return new VirtualIdCard(image, faults.behaviour(), random);
    }

    /** The exact bytes the chip serves for a file. */
    public Optional<byte[]> file(ChipFile file) {
        return image.file(file);
    }

    /** The verdict a correct terminal reaches (the first authenticity fault decides). */
    public ExpectedVerdict expectedVerdict() {
        return faults.faults().stream()
                .flatMap(fault -> fault.expectedVerdict().stream())
                .findFirst()
                .orElse(ExpectedVerdict.GENUINE);
    }

    @Override
    public String toString() {
        return "VirtualCard[" + profile.name() + ", faults " + faults.faults() + "]";
    }
}
