package vn.counterdesk.sync.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.counterdesk.sync.attack.CodedInvoiceForge.Knobs;
import vn.counterdesk.sync.tdiep.Answer;
import vn.counterdesk.sync.tdiep.AnswerReader;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.tdiep.TDiepParseException.Reason;
import vn.counterdesk.sync.verify.CqtVerification;
import vn.counterdesk.sync.verify.CqtVerification.Failed;
import vn.counterdesk.sync.verify.CqtVerification.Failure;
import vn.counterdesk.sync.verify.InvoiceCqtVerifier;

/**
 * A hostile upstream (or anyone on the path) answers with a 202 built to make us store a tax-authority code the
 * tax authority never signed. Each attack is signed with a TRUSTED key and is mathematically valid where it can
 * be, so each test fails if the specific protection it names is removed. The verifier is the production one
 * ({@link InvoiceCqtVerifier} over the invoice module's {@code InvoiceVerifier}); each refusal is asserted by the
 * failure kind and the rule it names.
 */
class CodedInvoiceAttackTest {

    private static final String SENT_ID = "V0100000000" + "0123456789ABCDEF0123456789ABCDEF";

    private static CodedInvoiceForge forge;
    private static InvoiceCqtVerifier verifier;
    private final AnswerReader reader = new AnswerReader();

    @BeforeAll
    static void keys() throws Exception {
        forge = new CodedInvoiceForge();
        verifier = new InvoiceCqtVerifier(List.of(forge.certificate()), Clock.systemUTC());
    }

    private static CqtVerification verify(String coded) {
        return verifier.verify(forge.sent, coded.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theGenuineFixtureVerifiesThroughReaderAndVerifier() throws Exception {
        String coded = forge.coded(Knobs.genuine(), "");
        Answer answer = reader.read(CodedInvoiceForge.answer202(SENT_ID, coded));

        assertThat(answer).isInstanceOf(Answer.CodedInvoice.class);
        assertThat(verifier.verify(forge.sent, ((Answer.CodedInvoice) answer).invoice()))
                .isEqualTo(new CqtVerification.Verified(CodedInvoiceForge.CODE));
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsFetched() {
        byte[] xxe = ("<!DOCTYPE TDiep [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + new String(CodedInvoiceForge.answer202(SENT_ID, "<HDon>&x;</HDon>"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);

        TDiepParseException refused = catchThrowableOfType(TDiepParseException.class, () -> reader.read(xxe));

        assertThat(refused.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN);
        assertThat(refused).hasMessage("DOCTYPE declarations are not accepted");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TDiep [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        byte[] bomb = (dtd + "]>"
                        + new String(CodedInvoiceForge.answer202(SENT_ID, "<HDon>&a9;</HDon>"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);

        TDiepParseException refused = catchThrowableOfType(TDiepParseException.class, () -> reader.read(bomb));

        assertThat(refused.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN);
    }

    @Test
    void anEntityInTheReturnedInvoiceIsMalformedForTheVerifierToo() throws Exception {
        String coded = forge.coded(Knobs.genuine(), "");
        String withDoctype = "<!DOCTYPE HDon [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + coded;

        assertThat(verify(withDoctype)).isEqualTo(new Failed(Failure.MALFORMED, "returned invoice unreadable"));
    }

    @Test
    void aMessageOverTwoMegabytesIsRefusedBeforeParsing() throws Exception {
        String padding = "<TTKhac>" + "x".repeat(2 * 1024 * 1024) + "</TTKhac>";
        byte[] huge = CodedInvoiceForge.answer202(
                SENT_ID, forge.coded(Knobs.genuine(), "").replace("</HDon>", padding + "</HDon>"));

        TDiepParseException refused = catchThrowableOfType(TDiepParseException.class, () -> reader.read(huge));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aWrappedGenuineCodeBehindAForgedOneDoesNotVerify() throws Exception {
        // The genuine signed MCCQT is hidden in an extension element; the MCCQT the reader takes is the attacker's,
        // carrying the same Id so the reference list still "covers" it.
        String coded = forge.coded(Knobs.genuine(), "");
        String wrapped = coded.replace(
                "<MCCQT Id=\"MCCQT-1\">" + CodedInvoiceForge.CODE + "</MCCQT>",
                "<MCCQT Id=\"MCCQT-1\">00FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF</MCCQT><TTKhac><MCCQT Id=\"MCCQT-1\">"
                        + CodedInvoiceForge.CODE + "</MCCQT></TTKhac>");

        assertThat(verify(wrapped))
                .isEqualTo(new Failed(
                        Failure.MALFORMED, "signature structure refused by the invoice verifier: DUPLICATE_ID"));
    }

    @Test
    void aReferenceToContentOutsideDataAndCodeIsRefusedAlthoughTheMathHolds() throws Exception {
        String coded = forge.coded(
                new Knobs(false, Optional.of("#Decoy"), Optional.empty()), "<TTKhac Id=\"Decoy\">x</TTKhac>");

        assertThat(refusal(verify(coded), Failure.SIGNATURE_INVALID))
                .contains("reference #Decoy covers")
                .contains("which is not this invoice's DLHDon, MCCQT or the signature's own Object");
    }

    @Test
    void aWholeDocumentReferenceIsRefused() throws Exception {
        String coded = forge.coded(new Knobs(false, Optional.of(""), Optional.empty()), "");

        assertThat(refusal(verify(coded), Failure.SIGNATURE_INVALID))
                .contains("reference '' is not a same-document #Id reference");
    }

    @Test
    void anXPathTransformIsRefusedAlthoughTheMathHolds() throws Exception {
        String coded = forge.coded(new Knobs(true, Optional.empty(), Optional.empty()), "");

        assertThat(refusal(verify(coded), Failure.SIGNATURE_INVALID))
                .contains("uses transform http://www.w3.org/TR/1999/REC-xpath-19991116, which is not allowed");
    }

    @Test
    void aSubjectNameThatDoesNotNameTheCertificateIsRefused() throws Exception {
        String coded = forge.coded(
                new Knobs(false, Optional.empty(), Optional.of("CN=Tong cuc Thue,O=Bo Tai chinh,C=VN")), "");

        assertThat(refusal(verify(coded), Failure.SIGNATURE_INVALID))
                .contains("X509SubjectName does not match the X509Certificate");
    }

    @Test
    void theSameSubjectNameWrittenDifferentlyStillMatches() throws Exception {
        String coded = forge.coded(
                new Knobs(false, Optional.empty(), Optional.of("cn=Cuc Thue (TEST - attack fixture), o=Test, c=VN")),
                "");

        assertThat(verify(coded)).isEqualTo(new CqtVerification.Verified(CodedInvoiceForge.CODE));
    }

    /** The detail of a refusal of the expected kind (fails the test for any other outcome). */
    private static String refusal(CqtVerification outcome, Failure expected) {
        assertThat(outcome).isInstanceOf(Failed.class);
        Failed failed = (Failed) outcome;
        assertThat(failed.failure()).as(failed.detail()).isEqualTo(expected);
        return failed.detail();
    }
}
