package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.verify.DataGroupResult.HashStatus;
import vn.counterdesk.card.verify.trust.TrustStore;

/** The BSI 2008 sample verifies exactly as the test-data README says. */
class Bsi2008VerificationTest {

    /** Inside the DS validity (2008-01-28 → 2009-01-27) and before the document expiry (2013-10-31). */
    private static final Clock IN_2008 = Clock.fixed(Instant.parse("2008-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static final AuthenticationResults NOT_RUN = AuthenticationResults.notRun("files only");

    private static Verification verify(Clock clock, int... dataGroups) {
        LdsFiles files = Bsi2008.files(dataGroups);
        DocumentFacts facts = DocumentVerifier.factsFromDg1(files.dataGroup(1));
        return new DocumentVerifier(TrustStore.builtIn(), clock).verify(files, facts, NOT_RUN);
    }

    @Test
    void dg1GivesGermanyAndTheExpiry() {
        DocumentFacts facts = DocumentVerifier.factsFromDg1(Optional.of(Bsi2008.file("DG1.bin")));
        assertThat(facts.issuingState()).contains("D<<");
        assertThat(facts.dateOfExpiry()).contains(LocalDate.of(2013, 10, 31));
    }

    @Test
    void signedDataGroupsVerifyButTheGermanTestCscaIsNotTrusted() {
        Verification verification = verify(IN_2008, 1, 2, 3, 14);

        assertThat(verification.check(CheckName.SOD_SIGNATURE).orElseThrow().status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(verification.check(CheckName.DS_CERTIFICATE).orElseThrow().status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(verification.check(CheckName.CSCA_CHAIN).orElseThrow())
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.SKIPPED, "csca-chain.not-in-trust-store");
        assertThat(verification.check(CheckName.DG_HASHES).orElseThrow())
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.PASS, "dg-hashes.pass-sha1");
        assertThat(verification.dataGroups())
                .extracting(DataGroupResult::number, DataGroupResult::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, HashStatus.MATCH),
                        org.assertj.core.groups.Tuple.tuple(2, HashStatus.MATCH),
                        org.assertj.core.groups.Tuple.tuple(3, HashStatus.MATCH),
                        org.assertj.core.groups.Tuple.tuple(14, HashStatus.MATCH));
        assertThat(verification.verdict()).isEqualTo(Verdict.CHAIN_UNVERIFIED);
    }

    @Test
    void dg15ReadButAbsentFromTheSodIsTampering() {
        Verification verification = verify(IN_2008, 1, 2, 3, 14, 15);

        assertThat(verification.dataGroups())
                .filteredOn(result -> result.number() == 15)
                .extracting(DataGroupResult::status)
                .containsExactly(HashStatus.NOT_IN_SOD);
        Check hashes = verification.check(CheckName.DG_HASHES).orElseThrow();
        assertThat(hashes.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(hashes.messageKey()).isEqualTo("dg-hashes.not-in-sod");
        assertThat(hashes.arguments()).containsExactly("DG15");
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
        assertThat(VerificationMessages.render(hashes, Locale.ENGLISH)).contains("DG15", "not covered");
        assertThat(VerificationMessages.render(hashes, Locale.of("vi"))).contains("DG15", "chữ ký");
    }

    @Test
    void todayTheSampleAndItsDsCertificateHaveExpired() {
        Verification verification = verify(Clock.systemUTC(), 1, 2, 3, 14);

        assertThat(verification.check(CheckName.SOD_SIGNATURE).orElseThrow().status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(verification.check(CheckName.DS_CERTIFICATE).orElseThrow().messageKey())
                .isEqualTo("ds-certificate.expired");
        assertThat(verification.verdict()).isEqualTo(Verdict.EXPIRED_DOCUMENT);
    }

    @Test
    void aChangedDataGroupIsReportedByNumber() {
        LdsFiles genuine = Bsi2008.files(1, 2);
        byte[] dg2 = genuine.dataGroup(2).orElseThrow();
        dg2[dg2.length - 1] ^= 1;
        LdsFiles changed = new LdsFiles(
                genuine.efCom(),
                genuine.efSod(),
                new java.util.TreeMap<>(java.util.Map.of(1, genuine.dataGroup(1).orElseThrow(), 2, dg2)));

        Verification verification = new DocumentVerifier(TrustStore.builtIn(), IN_2008)
                .verify(changed, DocumentVerifier.factsFromDg1(changed.dataGroup(1)), NOT_RUN);

        assertThat(verification.check(CheckName.DG_HASHES).orElseThrow())
                .extracting(Check::status, Check::messageKey, Check::arguments)
                .containsExactly(CheckStatus.FAIL, "dg-hashes.mismatch", List.of("DG2"));
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void aForgedSignatureByteFailsTheSodSignature() {
        byte[] sod = Bsi2008.file("EF_SOD.bin");
        // The ECDSA signature value is the last OCTET STRING of the file: flip a byte in it.
        sod[sod.length - 5] ^= 0x01;
        LdsFiles files = new LdsFiles(Optional.empty(), Optional.of(sod), new java.util.TreeMap<>());

        Verification verification =
                new DocumentVerifier(TrustStore.builtIn(), IN_2008).verify(files, DocumentFacts.unknown(), NOT_RUN);

        assertThat(verification.check(CheckName.SOD_SIGNATURE).orElseThrow().status())
                .isEqualTo(CheckStatus.FAIL);
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void aWrongIssuingStateIsACountryMismatch() {
        LdsFiles files = Bsi2008.files(1);
        DocumentFacts vietnamese = new DocumentFacts(Optional.of("VNM"), Optional.empty());

        Verification verification =
                new DocumentVerifier(TrustStore.builtIn(), IN_2008).verify(files, vietnamese, NOT_RUN);

        assertThat(verification.check(CheckName.DS_CERTIFICATE).orElseThrow())
                .extracting(Check::status, Check::messageKey, Check::arguments)
                .containsExactly(CheckStatus.FAIL, "ds-certificate.country-mismatch", List.of("DE", "VNM"));
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void withoutSodNothingIsVerified() {
        LdsFiles files = new LdsFiles(
                Optional.empty(), Optional.empty(), Bsi2008.files(1).dataGroups());

        Verification verification =
                new DocumentVerifier(TrustStore.builtIn(), IN_2008).verify(files, DocumentFacts.unknown(), NOT_RUN);

        assertThat(verification.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
        assertThat(verification.checks()).extracting(Check::name).containsExactly(CheckName.values());
        assertThat(verification.dataGroups())
                .extracting(DataGroupResult::status)
                .containsExactly(HashStatus.NOT_COMPARED);
    }
}
