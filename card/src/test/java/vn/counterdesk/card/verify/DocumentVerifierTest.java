package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.auth.AuthOutcome;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.verify.trust.TrustStore;

/** Verdicts over documents signed by a throw-away PKI: each fault gives its verdict and failing check. */
class DocumentVerifierTest {

    private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
    private static final TestPki PKI = new TestPki("VN");
    private static final byte[] DG1 = TestPki.dg1("VNM", "350101");
    private static final byte[] DG13 = {0x6D, 0x03, 0x02, 0x01, 0x01};
    private static final byte[] DG15 = {0x6F, 0x02, 0x05, 0x00};
    private static final Map<Integer, byte[]> DATA = Map.of(1, DG1, 13, DG13, 15, DG15);
    private static final AuthenticationResults CHIP_PROVED = new AuthenticationResults(
            new AuthOutcome.Skipped("chip-auth.no-dg14"), new AuthOutcome.Passed("active-auth.ecdsa-verified"));

    private static Verification verify(LdsFiles files, TrustStore store, AuthenticationResults authentication) {
        return new DocumentVerifier(store, CLOCK)
                .verify(files, DocumentVerifier.factsFromDg1(files.dataGroup(1)), authentication);
    }

    private static Check check(Verification verification, CheckName name) {
        return verification.check(name).orElseThrow();
    }

    @Test
    void goodDocumentWithItsCscaInstalledIsGenuine() {
        Verification verification = verify(PKI.files(DATA), TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(verification.checks())
                .extracting(Check::status)
                .containsExactly(
                        CheckStatus.PASS,
                        CheckStatus.PASS,
                        CheckStatus.PASS,
                        CheckStatus.PASS,
                        CheckStatus.PASS,
                        CheckStatus.SKIPPED);
        assertThat(check(verification, CheckName.DG_HASHES).messageKey()).isEqualTo("dg-hashes.pass");
        assertThat(verification.verdict()).isEqualTo(Verdict.GENUINE);
    }

    @Test
    void goodDocumentWithoutItsCscaIsChainUnverified() {
        Verification verification = verify(PKI.files(DATA), TrustStore.builtIn(), CHIP_PROVED);

        assertThat(check(verification, CheckName.CSCA_CHAIN).status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(verification.verdict()).isEqualTo(Verdict.CHAIN_UNVERIFIED);
    }

    @Test
    void dataGroupChangedAfterSigningIsTampered() {
        LdsFiles signed = PKI.files(DATA);
        TreeMap<Integer, byte[]> changed = new TreeMap<>(DATA);
        changed.put(13, new byte[] {0x6D, 0x03, 0x02, 0x01, 0x02});
        LdsFiles files = new LdsFiles(Optional.empty(), signed.efSod(), changed);

        Verification verification = verify(files, TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(check(verification, CheckName.DG_HASHES))
                .extracting(Check::status, Check::arguments)
                .containsExactly(CheckStatus.FAIL, List.of("DG13"));
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void sodHashingTheDataGroupsWithMd5IsRefusedAlthoughSignedAndMatching() {
        byte[] md5Sod = PKI.sod(DATA, PKI.dsKeys, org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.md5, "MD5");
        LdsFiles files = new LdsFiles(Optional.empty(), Optional.of(md5Sod), new TreeMap<>(DATA));

        Verification verification = verify(files, TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(check(verification, CheckName.DG_HASHES))
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.FAIL, "dg-hashes.algorithm-not-allowed");
        assertThat(verification.verdict()).isNotEqualTo(Verdict.GENUINE);
    }

    @Test
    void sodSignedWithAKeyNotMatchingTheDsCertificateIsTampered() {
        byte[] forged = PKI.sod(DATA, TestPki.ecKeys());
        LdsFiles files = new LdsFiles(Optional.empty(), Optional.of(forged), new TreeMap<>(DATA));

        Verification verification = verify(files, TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(check(verification, CheckName.SOD_SIGNATURE))
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.FAIL, "sod-signature.invalid");
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void foreignDsIsACountryMismatchAndAnotherKeyOfTheTrustedIssuerNameIsUnverified() {
        TestPki foreign = new TestPki("XA");
        Verification unknownIssuer = verify(foreign.files(DATA), TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);
        // Same CSCA name, different key identifier: indistinguishable from a CSCA key rollover whose
        // new certificate is not installed, so unproven rather than forged.
        TestPki impostor = new TestPki("VN");
        Verification fakeIssuer = verify(impostor.files(DATA), TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(check(unknownIssuer, CheckName.DS_CERTIFICATE).messageKey())
                .isEqualTo("ds-certificate.country-mismatch");
        assertThat(unknownIssuer.verdict()).isEqualTo(Verdict.TAMPERED);
        assertThat(check(fakeIssuer, CheckName.CSCA_CHAIN))
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.SKIPPED, "csca-chain.not-in-trust-store");
        assertThat(fakeIssuer.verdict()).isEqualTo(Verdict.CHAIN_UNVERIFIED);
    }

    @Test
    void dsCertificateExpiredBeforeTheSigningTimeIsTampered() {
        TestPki expired =
                new TestPki("VN", TestPki.NOW.minusSeconds(400 * 86_400L), TestPki.NOW.minusSeconds(10 * 86_400L));

        Verification verification = verify(expired.files(DATA), TrustStore.of(List.of(expired.csca)), CHIP_PROVED);

        assertThat(check(verification, CheckName.DS_CERTIFICATE).messageKey())
                .isEqualTo("ds-certificate.not-valid-at-signing");
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void activeAuthenticationFailureOnASignedDocumentIsCloneSuspected() {
        AuthenticationResults clone = new AuthenticationResults(
                new AuthOutcome.Skipped("chip-auth.no-dg14"), new AuthOutcome.Failed("active-auth.signature-invalid"));

        Verification verification = verify(PKI.files(DATA), TrustStore.of(List.of(PKI.csca)), clone);

        assertThat(check(verification, CheckName.ACTIVE_AUTH))
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.FAIL, "active-auth.signature-invalid");
        assertThat(verification.verdict()).isEqualTo(Verdict.CLONE_SUSPECTED);
    }

    @Test
    void expiredDocumentIsReportedAsSuch() {
        TreeMap<Integer, byte[]> data = new TreeMap<>(DATA);
        data.put(1, TestPki.dg1("VNM", "200101"));

        Verification verification = verify(PKI.files(data), TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(verification.verdict()).isEqualTo(Verdict.EXPIRED_DOCUMENT);
    }

    @Test
    void aProtocolPassedWithAKeyTheSodDoesNotCoverDoesNotCount() {
        TreeMap<Integer, byte[]> signedWithoutDg15 = new TreeMap<>(DATA);
        signedWithoutDg15.remove(15);
        LdsFiles files = new LdsFiles(Optional.empty(), Optional.of(PKI.sod(signedWithoutDg15)), new TreeMap<>(DATA));

        Verification verification = verify(files, TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(check(verification, CheckName.ACTIVE_AUTH))
                .extracting(Check::status, Check::messageKey)
                .containsExactly(CheckStatus.SKIPPED, "active-auth.key-not-covered");
        assertThat(check(verification, CheckName.DG_HASHES).messageKey()).isEqualTo("dg-hashes.not-in-sod");
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void garbledSodIsTamperedNotUnverified() {
        byte[] sod = PKI.sod(DATA);
        byte[] garbled = java.util.Arrays.copyOf(sod, sod.length / 2);
        LdsFiles files = new LdsFiles(Optional.empty(), Optional.of(garbled), new TreeMap<>(DATA));

        Verification verification = verify(files, TrustStore.of(List.of(PKI.csca)), CHIP_PROVED);

        assertThat(check(verification, CheckName.SOD_SIGNATURE).messageKey()).isEqualTo("sod-signature.malformed");
        assertThat(verification.verdict()).isEqualTo(Verdict.TAMPERED);
    }
}
