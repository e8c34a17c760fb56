package vn.counterdesk.testkit.upstream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a submitted {@code HDon} into the coded invoice of a 202, the way the tax authority does:
 * adds {@code MCCQT @Id} and {@code DSCKS/CQT/Signature} (einvoice.md §5: C14N, RSA-SHA256, three
 * references without transforms to {@code #DLHDon}, {@code #SigningTime-…} and {@code #MCCQT}).
 * The submitted bytes are spliced, never re-serialised, so {@code DLHDon} stays byte-identical.
 */
public final class CqtSigner {

    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final DocumentBuilderFactory PARSER = parserFactory();
    private static final TransformerFactory SERIALISER = TransformerFactory.newInstance();
    private static final XMLSignatureFactory SIGNATURES = XMLSignatureFactory.getInstance("DOM");

    private final TestTaxAuthority authority;

    public CqtSigner(TestTaxAuthority authority) {
        this.authority = authority;
    }

    /** The invoice with {@code MCCQT} = {@code code} and a CQT signature by this authority's key. */
    public byte[] code(byte[] submittedInvoice, String code) {
        String invoice = new String(submittedInvoice, StandardCharsets.UTF_8);
        String codeId = "MCCQT-" + UUID.randomUUID();
        String withCode = insertCode(invoice, "<MCCQT Id=\"" + codeId + "\">" + code + "</MCCQT>");
        String withSlot = insertCqtSlot(withCode);
        String signature = signature(withSlot.getBytes(StandardCharsets.UTF_8), codeId);
        return withSlot.replace("<CQT></CQT>", "<CQT>" + signature + "</CQT>").getBytes(StandardCharsets.UTF_8);
    }

    private static String insertCode(String invoice, String codeElement) {
        int at = invoice.indexOf("<DSCKS");
        if (at < 0) {
            at = invoice.lastIndexOf("</HDon>");
        }
        return invoice.substring(0, at) + codeElement + invoice.substring(at);
    }

    private static String insertCqtSlot(String invoice) {
        if (invoice.contains("<DSCKS/>")) {
            return invoice.replace("<DSCKS/>", "<DSCKS><CQT></CQT></DSCKS>");
        }
        if (invoice.contains("</DSCKS>")) {
            return invoice.replace("<CQT/>", "").replace("</DSCKS>", "<CQT></CQT></DSCKS>");
        }
        int end = invoice.lastIndexOf("</HDon>");
        return invoice.substring(0, end) + "<DSCKS><CQT></CQT></DSCKS>" + invoice.substring(end);
    }

    private String signature(byte[] invoice, String codeId) {
        try {
            Document doc = PARSER.newDocumentBuilder().parse(new ByteArrayInputStream(invoice));
            Element root = doc.getDocumentElement();
            Element data = (Element) root.getElementsByTagName("DLHDon").item(0);
            Element code = (Element) root.getElementsByTagName("MCCQT").item(0);
            data.setIdAttributeNS(null, "Id", true);
            code.setIdAttributeNS(null, "Id", true);
            Element slot =
                    (Element) ((Element) root.getElementsByTagName("DSCKS").item(0))
                            .getElementsByTagName("CQT")
                            .item(0);

            XMLSignatureFactory fac = SIGNATURES;
            DigestMethod sha256 = fac.newDigestMethod(DigestMethod.SHA256, null);
            String signatureId = "CQT-" + UUID.randomUUID();
            String timeId = "SigningTime-" + UUID.randomUUID();

            // In the signature's namespace, as in genuine files (no xmlns="" reset inside Signature).
            Element signingTime = doc.createElementNS(javax.xml.crypto.dsig.XMLSignature.XMLNS, "SigningTime");
            signingTime.setTextContent(
                    LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS).format(SIGNING_TIME));
            var property = fac.newSignatureProperty(List.of(new DOMStructure(signingTime)), "#" + signatureId, null);
            var properties = fac.newSignatureProperties(List.of(property), null);
            XMLObject object = fac.newXMLObject(List.of(properties), timeId, null, null);

            List<Reference> references = List.of(
                    fac.newReference("#" + data.getAttribute("Id"), sha256),
                    fac.newReference("#" + timeId, sha256),
                    fac.newReference("#" + codeId, sha256));
            SignedInfo signedInfo = fac.newSignedInfo(
                    fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    references);
            KeyInfoFactory kif = fac.getKeyInfoFactory();
            var x509 = kif.newX509Data(
                    List.of(authority.certificate().getSubjectX500Principal().getName(), authority.certificate()));
            var signature =
                    fac.newXMLSignature(signedInfo, kif.newKeyInfo(List.of(x509)), List.of(object), signatureId, null);
            signature.sign(new DOMSignContext(authority.privateKey(), slot));
            return serialise(slot.getFirstChild());
        } catch (Exception e) {
            throw new IllegalStateException("simulator cannot sign the coded invoice", e);
        }
    }

    private static DocumentBuilderFactory parserFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Node node) throws Exception {
        javax.xml.transform.Transformer transformer;
        synchronized (SERIALISER) {
            transformer = SERIALISER.newTransformer();
        }
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(node), new StreamResult(out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
