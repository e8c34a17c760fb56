package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The precedence documented in docs/verification.md, failure by failure and in combination. */
class VerdictPolicyTest {

    private static List<Check> allPass() {
        List<Check> checks = new ArrayList<>();
        for (CheckName name : CheckName.values()) {
            checks.add(Check.pass(name, name.externalName() + ".pass"));
        }
        return checks;
    }

    private static List<Check> with(List<Check> checks, Check replacement) {
        List<Check> out = new ArrayList<>(checks);
        out.replaceAll(check -> check.name() == replacement.name() ? replacement : check);
        return out;
    }

    private static final Check HASH_FAIL = Check.fail(CheckName.DG_HASHES, "dg-hashes.mismatch", "DG2");
    private static final Check AA_FAIL = Check.fail(CheckName.ACTIVE_AUTH, "active-auth.signature-invalid");
    private static final Check CA_FAIL = Check.fail(CheckName.CHIP_AUTH, "chip-auth.mac-failed");
    private static final Check CHAIN_UNKNOWN = Check.skipped(CheckName.CSCA_CHAIN, "csca-chain.not-in-trust-store");
    private static final Check DS_EXPIRED = Check.fail(CheckName.DS_CERTIFICATE, "ds-certificate.expired");
    private static final Check DS_COUNTRY = Check.fail(CheckName.DS_CERTIFICATE, "ds-certificate.country-mismatch");

    @Test
    void eachSingleFinding() {
        assertThat(VerdictPolicy.decide(allPass(), false)).isEqualTo(Verdict.GENUINE);
        assertThat(VerdictPolicy.decide(with(allPass(), HASH_FAIL), false)).isEqualTo(Verdict.TAMPERED);
        assertThat(VerdictPolicy.decide(
                        with(allPass(), Check.fail(CheckName.SOD_SIGNATURE, "sod-signature.invalid")), false))
                .isEqualTo(Verdict.TAMPERED);
        assertThat(VerdictPolicy.decide(with(allPass(), Check.fail(CheckName.CSCA_CHAIN, "csca-chain.revoked")), false))
                .isEqualTo(Verdict.TAMPERED);
        assertThat(VerdictPolicy.decide(with(allPass(), DS_COUNTRY), false)).isEqualTo(Verdict.TAMPERED);
        assertThat(VerdictPolicy.decide(with(allPass(), AA_FAIL), false)).isEqualTo(Verdict.CLONE_SUSPECTED);
        assertThat(VerdictPolicy.decide(with(allPass(), CA_FAIL), false)).isEqualTo(Verdict.CLONE_SUSPECTED);
        assertThat(VerdictPolicy.decide(with(allPass(), DS_EXPIRED), false)).isEqualTo(Verdict.EXPIRED_DOCUMENT);
        assertThat(VerdictPolicy.decide(allPass(), true)).isEqualTo(Verdict.EXPIRED_DOCUMENT);
        assertThat(VerdictPolicy.decide(with(allPass(), CHAIN_UNKNOWN), false)).isEqualTo(Verdict.CHAIN_UNVERIFIED);
        assertThat(VerdictPolicy.decide(
                        with(allPass(), Check.skipped(CheckName.SOD_SIGNATURE, "sod-signature.absent")), false))
                .isEqualTo(Verdict.NOT_VERIFIED);
    }

    @Test
    void theMoreSeriousFindingWins() {
        assertThat(VerdictPolicy.decide(with(with(allPass(), HASH_FAIL), AA_FAIL), true))
                .isEqualTo(Verdict.TAMPERED);
        assertThat(VerdictPolicy.decide(with(with(allPass(), CA_FAIL), CHAIN_UNKNOWN), true))
                .isEqualTo(Verdict.CLONE_SUSPECTED);
        assertThat(VerdictPolicy.decide(with(allPass(), CHAIN_UNKNOWN), true)).isEqualTo(Verdict.EXPIRED_DOCUMENT);
        assertThat(VerdictPolicy.decide(with(with(allPass(), DS_COUNTRY), CHAIN_UNKNOWN), true))
                .isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void skippedChipProtocolsDoNotLowerAnOtherwiseGenuineDocument() {
        List<Check> checks = with(
                with(allPass(), Check.skipped(CheckName.ACTIVE_AUTH, "active-auth.no-dg15")),
                Check.skipped(CheckName.CHIP_AUTH, "chip-auth.skipped"));
        assertThat(VerdictPolicy.decide(checks, false)).isEqualTo(Verdict.GENUINE);
    }
}
