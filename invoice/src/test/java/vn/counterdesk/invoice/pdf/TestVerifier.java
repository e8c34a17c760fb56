package vn.counterdesk.invoice.pdf;

import java.io.ByteArrayInputStream;
import java.security.Key;
import java.security.cert.X509Certificate;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** JSR 105 check of the seller signature with the key of its embedded certificate (tests only). */
final class TestVerifier implements SellerSignatureCheck {

    @Override
    public SignatureStatus check(byte[] signedXml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(signedXml));
            Element data = (Element) doc.getElementsByTagName("DLHDon").item(0);
            data.setIdAttribute("Id", true);
            Element signature = (Element)
                    doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
            DOMValidateContext context = new DOMValidateContext(new CertificateKey(), signature);
            XMLSignature xmlSignature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            return xmlSignature.validate(context) ? SignatureStatus.VALID : SignatureStatus.INVALID;
        } catch (Exception e) {
            return SignatureStatus.INVALID;
        }
    }

    private static final class CertificateKey extends KeySelector {
        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context) {
            for (Object item : keyInfo.getContent()) {
                if (item instanceof X509Data data) {
                    for (Object entry : data.getContent()) {
                        if (entry instanceof X509Certificate certificate) {
                            Key key = certificate.getPublicKey();
                            return () -> key;
                        }
                    }
                }
            }
            return () -> null;
        }
    }
}
