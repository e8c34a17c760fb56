package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipRead;
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
 * The whole terminal side (PACE, secure messaging, reading, CA + AA, verification) against the
 * independent card side of testkit, in process. The same through pcscd is {@code VerificationPcscIT}.
 */
class VirtualCardVerificationTest {

    static VirtualCard card(List<String> faults) throws Exception {
        return CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA), FaultPlan.parse(faults));
    }

    static ChipRead read(VirtualCard card) throws Exception {
        ChipReader reader = new ChipReader(new StandardChipAuthenticator(new SecureRandom()), ReadOptions.defaults());
        ReadOutcome outcome = reader.read(
                () -> new InProcessTransport(card.newChip(), LinkCapabilities.shortOnly()),
                AccessInputParser.can(card.profile().can()),
                ReadListener.NONE,
                CancellationToken.none());
        assertThat(outcome).isInstanceOf(ReadOutcome.Success.class);
        return ((ReadOutcome.Success) outcome).read();
    }

    static Verification verify(ChipRead read, TrustStore trustStore) {
        LdsFiles files = LdsFiles.of(read.raw(DataGroup.COM), read.raw(DataGroup.SOD), read.dataGroupsByNumber());
        return new DocumentVerifier(trustStore, Clock.systemUTC())
                .verify(files, DocumentVerifier.factsFromDg1(files.dataGroup(1)), read.authentication());
    }

    @Test
    void goodCardIsGenuineWithTheTestCscaAndChainUnverifiedWithout() throws Exception {
        VirtualCard card = card(List.of());
        ChipRead read = read(card);

        Verification trusted = verify(read, TrustStore.of(List.of(card.csca())));
        Verification untrusted = verify(read, TrustStore.builtIn());

        assertThat(trusted.checks()).extracting(Check::status).containsOnly(CheckStatus.PASS);
        assertThat(trusted.verdict()).isEqualTo(Verdict.GENUINE);
        assertThat(untrusted.verdict()).isEqualTo(Verdict.CHAIN_UNVERIFIED);
        assertThat(untrusted.check(CheckName.CSCA_CHAIN).orElseThrow().messageKey())
                .isEqualTo("csca-chain.not-in-trust-store");
    }

    @ParameterizedTest
    @EnumSource(
            value = CardFault.class,
            names = {
                "TAMPERED_DATA_GROUP",
                "SOD_SIGNER_KEY_MISMATCH",
                "DS_NOT_ISSUED_BY_CSCA",
                "DS_CERTIFICATE_EXPIRED",
                "AA_KEY_MISMATCH"
            })
    void everyAuthenticityFaultGivesItsVerdictAndFailingCheck(CardFault fault) throws Exception {
        VirtualCard card = card(List.of(fault.name()));

        Verification verification = verify(read(card), TrustStore.of(List.of(card.csca())));

        assertThat(verification.verdict().name())
                .isEqualTo(fault.expectedVerdict().orElseThrow().name());
        assertThat(failing(verification)).isEqualTo(expectedFailingCheck(fault));
        if (fault == CardFault.DS_CERTIFICATE_EXPIRED) {
            assertThat(verification
                            .check(CheckName.DS_CERTIFICATE)
                            .orElseThrow()
                            .messageKey())
                    .isEqualTo("ds-certificate.not-valid-at-signing");
            assertThat(verification.check(CheckName.CSCA_CHAIN).orElseThrow().messageKey())
                    .isEqualTo("csca-chain.csca-not-valid");
        }
    }

    static List<CheckName> failing(Verification verification) {
        return verification.checks().stream()
                .filter(check -> check.status() == CheckStatus.FAIL)
                .map(Check::name)
                .toList();
    }

    static List<CheckName> expectedFailingCheck(CardFault fault) {
        return switch (fault) {
            case TAMPERED_DATA_GROUP -> List.of(CheckName.DG_HASHES);
            case SOD_SIGNER_KEY_MISMATCH -> List.of(CheckName.SOD_SIGNATURE);
            case DS_NOT_ISSUED_BY_CSCA -> List.of(CheckName.CSCA_CHAIN);
            // The test PKI backdates the expired DS before its CSCA's validity: both checks see it.
            case DS_CERTIFICATE_EXPIRED -> List.of(CheckName.DS_CERTIFICATE, CheckName.CSCA_CHAIN);
            case AA_KEY_MISMATCH -> List.of(CheckName.ACTIVE_AUTH);
            default -> throw new IllegalArgumentException("not an authenticity fault: " + fault);
        };
    }
}
