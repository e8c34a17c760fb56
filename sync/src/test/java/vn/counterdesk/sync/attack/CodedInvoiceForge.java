package vn.counterdesk.sync.attack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.testkit.upstream.SampleInvoices;

/**
 * Builds coded invoices (the {@code HDon} of a 202) signed by a tax-authority key the verifier trusts, with the
 * knobs an attacker turns: extra transforms, extra references, a mismatched {@code X509SubjectName}. The
 * signature is always mathematically valid, so a test that passes shows the profile check refused it, not the
 * crypto.
 */
final class CodedInvoiceForge {

    static final String SUBJECT = "CN=Cuc Thue (TEST - attack fixture),O=Test,C=VN";
    static final String CODE = "00ABCDEF0123456789ABCDEF0123456789";

    /** What the attacker changes in an otherwise genuine CQT signature. */
    record Knobs(boolean xpathTransformOnData, Optional<String> extraReferenceTo, Optional<String> subjectName) {
        static Knobs genuine() {
            return new Knobs(false, Optional.empty(), Optional.empty());
        }
    }

    private final KeyPair keys;
    private final X509Certificate certificate;
    final byte[] sent;

    CodedInvoiceForge() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name(SUBJECT);
        certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(30))),
                                name,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        sent = SampleInvoices.valid(7, LocalDate.of(2026, 11, 27));
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The sent invoice plus {@code MCCQT} (and {@code extraXml} before {@code DSCKS}), signed per the knobs. */
    String coded(Knobs knobs, String extraXml) throws Exception {
        String invoice = new String(sent, StandardCharsets.UTF_8);
        String withCode = invoice.replace("<DSCKS", "<MCCQT Id=\"MCCQT-1\">" + CODE + "</MCCQT>" + extraXml + "<DSCKS");
        withCode = withCode.contains("<DSCKS/>")
                ? withCode.replace("<DSCKS/>", "<DSCKS><CQT/></DSCKS>")
                : withCode.replace("</DSCKS>", "<CQT/></DSCKS>");
        Document doc = parse(withCode);
        Element data = (Element) doc.getElementsByTagName("DLHDon").item(0);
        data.setIdAttributeNS(null, "Id", true);
        Element code = (Element) doc.getElementsByTagName("MCCQT").item(0);
        code.setIdAttributeNS(null, "Id", true);
        var others = doc.getElementsByTagName("*");
        for (int i = 0; i < others.getLength(); i++) {
            Element e = (Element) others.item(i);
            if (e.hasAttribute("Id")) {
                e.setIdAttributeNS(null, "Id", true);
            }
        }
        Element slot = (Element) doc.getElementsByTagName("CQT").item(0);

        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        DigestMethod sha256 = fac.newDigestMethod(DigestMethod.SHA256, null);
        List<Transform> dataTransforms = knobs.xpathTransformOnData()
                ? List.of(fac.newTransform(Transform.XPATH, new XPathFilterParameterSpec("true()")))
                : List.of();
        List<Reference> references = new ArrayList<>();
        references.add(fac.newReference("#" + data.getAttribute("Id"), sha256, dataTransforms, null, null));
        references.add(fac.newReference("#MCCQT-1", sha256));
        knobs.extraReferenceTo()
                .ifPresent(uri -> references.add(fac.newReference(
                        uri, sha256, uri.isEmpty() ? List.of(enveloped(fac)) : List.of(), null, null)));
        var signedInfo = fac.newSignedInfo(
                fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                references);
        var kif = fac.getKeyInfoFactory();
        var x509 = kif.newX509Data(List.of(
                knobs.subjectName().orElse(certificate.getSubjectX500Principal().getName()), certificate));
        fac.newXMLSignature(signedInfo, kif.newKeyInfo(List.of(x509)))
                .sign(new DOMSignContext(keys.getPrivate(), slot));
        return serialise(doc);
    }

    /** A 202 TDiep answering {@code referencedId} and carrying {@code codedInvoice}. */
    static byte[] answer202(String referencedId, String codedInvoice) {
        return ("<TDiep><TTChung><PBan>2.1.0</PBan><MNGui>TCT</MNGui><MNNhan>V0100000000</MNNhan>"
                        + "<MLTDiep>202</MLTDiep><MTDiep>TCT0123456789ABCDEF0123456789ABCDEF</MTDiep>"
                        + "<MTDTChieu>" + referencedId + "</MTDTChieu><MST>0100000001</MST><SLuong>1</SLuong>"
                        + "</TTChung><DLieu>" + codedInvoice + "</DLieu></TDiep>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Transform enveloped(XMLSignatureFactory fac) {
        try {
            return fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String serialise(Document doc) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
