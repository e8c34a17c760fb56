package vn.counterdesk.invoice.pdf;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import javax.xml.crypto.dom.DOMStructure;
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
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs test invoices with the 1271 profile (enveloped, C14N, RSA-SHA256, SigningTime object) using
 * a throw-away RSA key and a self-signed certificate whose subject carries {@code UID=MST:…}.
 */
final class TestSigner {

    static final String SIGNER_CN = "CÔNG TY TNHH DỊCH VỤ HÀNH CHÍNH ÁNH DƯƠNG";
    static final String SIGNING_TIME = "2025-07-15T09:41:27";

    private static final KeyPair KEYS = keys();
    static final X509Certificate CERTIFICATE = certificate(KEYS);

    private TestSigner() {}

    static byte[] sign(Document doc) throws Exception {
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        Element data = (Element) doc.getElementsByTagName("DLHDon").item(0);
        String dataId = data.getAttribute("Id");
        Element holder = doc.createElement("NBan");
        doc.getElementsByTagName("DSCKS").item(0).appendChild(holder);

        Element signingTime = doc.createElement("SigningTime");
        signingTime.setTextContent(SIGNING_TIME);
        var property = fac.newSignatureProperty(List.of(new DOMStructure(signingTime)), "#seller", null);
        var properties = fac.newSignatureProperties(List.of(property), null);
        var object = fac.newXMLObject(List.of(properties), "SigningTime", null, null);

        DigestMethod sha256 = fac.newDigestMethod(DigestMethod.SHA256, null);
        Reference dataRef = fac.newReference(
                "#" + dataId,
                sha256,
                List.of(fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                null,
                null);
        Reference timeRef = fac.newReference(
                "#SigningTime", sha256, null, "http://www.w3.org/2000/09/xmldsig#SignatureProperties", null);
        var signedInfo = fac.newSignedInfo(
                fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                List.of(dataRef, timeRef));
        KeyInfoFactory kif = fac.getKeyInfoFactory();
        var keyInfo = kif.newKeyInfo(List.of(
                kif.newX509Data(List.of(CERTIFICATE.getSubjectX500Principal().getName(), CERTIFICATE))));
        var signature = fac.newXMLSignature(signedInfo, keyInfo, List.of(object), "seller", null);
        signature.sign(new DOMSignContext(KEYS.getPrivate(), holder));
        return SampleInvoice.serialise(doc);
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(KeyPair keys) {
        try {
            X500Name subject = new X500Name(
                    "C=VN, O=" + SIGNER_CN + ", CN=" + SIGNER_CN + ", UID=MST:" + SampleInvoice.SELLER_MST);
            Instant now = Instant.parse("2025-01-01T00:00:00Z");
            var builder = new JcaX509v3CertificateBuilder(
                    subject,
                    BigInteger.valueOf(now.getEpochSecond()),
                    Date.from(now),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)),
                    subject,
                    keys.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
