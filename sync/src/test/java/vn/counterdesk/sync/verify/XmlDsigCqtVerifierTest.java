package vn.counterdesk.sync.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.counterdesk.sync.verify.CqtVerification.Failure;
import vn.counterdesk.testkit.upstream.CqtSigner;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;

class XmlDsigCqtVerifierTest {

    private static final String CODE = "00474597512BE94B7BAB367996EF464828";
    private static final byte[] SENT = SampleInvoices.valid(42, LocalDate.of(2026, 11, 27));
    private final TestTaxAuthority cqt = TestTaxAuthority.shared();
    private final XmlDsigCqtVerifier verifier = new XmlDsigCqtVerifier(List.of(cqt.certificate()));

    @Test
    void acceptsTheTaxAuthoritySignatureOverDataTimeAndCode() {
        byte[] coded = new CqtSigner(cqt).code(SENT, CODE);

        assertThat(verifier.verify(SENT, coded)).isEqualTo(new CqtVerification.Verified(CODE));
    }

    @Test
    void rejectsASignatureByAKeyThatIsNotTheTaxAuthoritys() {
        byte[] forged = new CqtSigner(TestTaxAuthority.sharedImpostor()).code(SENT, CODE);

        assertThat(verifier.verify(SENT, forged))
                .isInstanceOfSatisfying(
                        CqtVerification.Failed.class,
                        f -> assertThat(f.failure()).isEqualTo(Failure.UNTRUSTED_SIGNER));
    }

    @Test
    void rejectsACodeSwappedAfterSigning() {
        String coded = new String(new CqtSigner(cqt).code(SENT, CODE), StandardCharsets.UTF_8);
        byte[] swapped =
                coded.replace(CODE, "00000000000000000000000000000000FF").getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(SENT, swapped))
                .isInstanceOfSatisfying(
                        CqtVerification.Failed.class,
                        f -> assertThat(f.failure()).isEqualTo(Failure.SIGNATURE_INVALID));
    }

    @Test
    void rejectsInvoiceDataThatDiffersFromWhatWasSentEvenIfSignedCorrectly() {
        byte[] other = SampleInvoices.valid(43, LocalDate.of(2026, 11, 27));
        byte[] codedOther = new CqtSigner(cqt).code(other, CODE);

        assertThat(verifier.verify(SENT, codedOther))
                .isInstanceOfSatisfying(
                        CqtVerification.Failed.class,
                        f -> assertThat(f.failure()).isEqualTo(Failure.DATA_CHANGED));
    }

    @Test
    void rejectsADecoyCopyOfOurDataPlacedBeforeAnotherInvoicesGenuinelySignedData() {
        byte[] other = SampleInvoices.valid(43, LocalDate.of(2026, 11, 27));
        String codedOther = new String(new CqtSigner(cqt).code(other, CODE), StandardCharsets.UTF_8);
        String ourData = new String(SENT, StandardCharsets.UTF_8);
        ourData = ourData.substring(ourData.indexOf("<DLHDon"), ourData.indexOf("</DLHDon>") + 9);
        byte[] decoyed =
                codedOther.replace("<HDon>", "<HDon><!--" + ourData + "-->").getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(SENT, decoyed))
                .isInstanceOfSatisfying(
                        CqtVerification.Failed.class,
                        f -> assertThat(f.failure()).isEqualTo(Failure.MALFORMED));
    }

    @Test
    void rejectsAnAnswerWithoutTaxAuthoritySignature() {
        String unsigned = new String(SENT, StandardCharsets.UTF_8)
                .replace("<DSCKS>", "<MCCQT Id=\"m\">" + CODE + "</MCCQT><DSCKS>");

        assertThat(verifier.verify(SENT, unsigned.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        CqtVerification.Failed.class,
                        f -> assertThat(f.failure()).isEqualTo(Failure.MALFORMED));
    }
}
