package vn.counterdesk.invoice.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.model.AuthorityCode;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.testing.SampleInvoices;
import vn.counterdesk.invoice.testing.TestPki;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;
import vn.counterdesk.invoice.xml.ReadInvoice;
import vn.counterdesk.invoice.xml.SecureXml;

/** Signatures made by other producers: what the profile allows verifies, what it forbids does not. */
class SignatureProfileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final SigningCredential SELLER = TestPki.seller("Seller", SampleInvoices.SELLER_TAX_CODE);

    private final InvoiceXmlReader reader = new InvoiceXmlReader();
    private final InvoiceVerifier verifier = new InvoiceVerifier(CLOCK);

    @Test
    void aCodedInvoiceCarriesSellerAndTaxAuthoritySignaturesAndTheAuthorityCovers_MCCQT() throws Exception {
        Invoice coded = SampleInvoices.oneRate()
                .withAuthorityCode(new AuthorityCode("00474597512BE94B7BAB367996EF464828", Optional.of("MCCQT-1")));
        byte[] bySeller =
                new InvoiceSigner(CLOCK).sign(InvoiceXmlWriter.current().write(coded), SELLER, SignatureRole.SELLER);
        SigningCredential gdt = TestPki.seller("Cục Thuế", "0000000000");
        String both = new String(
                new InvoiceSigner(CLOCK).sign(bySeller, gdt, SignatureRole.TAX_AUTHORITY), StandardCharsets.UTF_8);

        VerificationReport report = verifier.verify(reader.read(both.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.signatures())
                .extracting(SignatureCheck::role, SignatureCheck::valid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignatureRole.SELLER, true),
                        org.assertj.core.groups.Tuple.tuple(SignatureRole.TAX_AUTHORITY, true));
        assertThat(both).contains("<Reference URI=\"#MCCQT-1\">");

        String otherCode = both.replace("00474597512BE94B7BAB367996EF464828", "00474597512BE94B7BAB367996EF464829");
        VerificationReport tampered = verifier.verify(reader.read(otherCode.getBytes(StandardCharsets.UTF_8)));
        assertThat(tampered.signatures())
                .extracting(SignatureCheck::role, SignatureCheck::valid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignatureRole.SELLER, true),
                        org.assertj.core.groups.Tuple.tuple(SignatureRole.TAX_AUTHORITY, false));
    }

    @Test
    void aWholeDocumentReferenceIsRefused() throws Exception {
        SignatureCheck check = signWith(factory -> List.of(factory.newReference(
                "",
                sha256(factory),
                List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                null,
                null)));

        assertThat(check.valid()).isFalse();
        assertThat(check.failures())
                .contains(
                        "reference '' is not a same-document #Id reference",
                        "the signature does not cover this invoice's DLHDon");
    }

    @Test
    void anXPathTransformIsRefusedEvenThoughTheMathHolds() throws Exception {
        SignatureCheck check = signWith(factory -> List.of(factory.newReference(
                "#" + dataId,
                sha256(factory),
                List.of(
                        factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        factory.newTransform(
                                Transform.XPATH, new XPathFilterParameterSpec("not(ancestor-or-self::NMua)"))),
                null,
                null)));

        assertThat(check.valid()).isFalse();
        assertThat(check.failures())
                .singleElement()
                .asString()
                .contains("transform http://www.w3.org/TR/1999/REC-xpath-19991116");
    }

    @Test
    void aPlainProfileSignatureFromAnotherProducerVerifies() throws Exception {
        SignatureCheck check = signWith(factory -> List.of(factory.newReference(
                "#" + dataId,
                sha256(factory),
                List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                null,
                null)));

        assertThat(check.valid()).isTrue();
        assertThat(check.signingTime()).isEmpty();
    }

    private String dataId;

    interface References {
        List<Reference> make(XMLSignatureFactory factory) throws Exception;
    }

    private static DigestMethod sha256(XMLSignatureFactory factory) throws Exception {
        return factory.newDigestMethod(DigestMethod.SHA256, null);
    }

    /** Signs the seller slot by hand with the given references (as a foreign producer would). */
    private SignatureCheck signWith(References references) throws Exception {
        Invoice invoice = SampleInvoices.oneRate();
        dataId = invoice.dataId();
        Document document = SecureXml.parse(InvoiceXmlWriter.current().write(invoice), 1 << 21);
        Element data = (Element) document.getElementsByTagName("DLHDon").item(0);
        Element slot = (Element) document.getElementsByTagName("DSCKS").item(0).getFirstChild();
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
        var signature = factory.newXMLSignature(
                factory.newSignedInfo(
                        factory.newCanonicalizationMethod(
                                CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                        factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                        references.make(factory)),
                keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(
                        List.of(SELLER.certificate().getSubjectX500Principal().getName(), SELLER.certificate())))),
                null,
                "NBan",
                null);
        DOMSignContext context = new DOMSignContext(SELLER.key(), slot);
        context.setIdAttributeNS(data, null, "Id");
        signature.sign(context);
        ReadInvoice read = reader.read(SecureXml.serialize(document));
        return verifier.verify(read).seller().orElseThrow();
    }
}
