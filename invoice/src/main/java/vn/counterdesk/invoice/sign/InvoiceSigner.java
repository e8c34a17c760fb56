package vn.counterdesk.invoice.sign;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignatureProperties;
import javax.xml.crypto.dsig.SignatureProperty;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.format.FormatDefinitions;
import vn.counterdesk.invoice.xml.Elements;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.SecureXml;

/**
 * Signs an invoice per the profile of Decision 1271 (spec §5): an enveloped {@code Signature} in
 * {@code DSCKS/<role>} with two references, {@code #<DLHDon Id>} (enveloped-signature transform) and the
 * {@code Object} holding {@code SignatureProperties/SignatureProperty[@Target]/SigningTime}; C14N 20010315,
 * RSA-SHA256, SHA-256 digests, {@code X509SubjectName} and {@code X509Certificate}.
 *
 * <p>The input is the unsigned bytes from the writer (no whitespace between tags); the output is serialised once,
 * and must be stored verbatim.
 */
public final class InvoiceSigner {

    static {
        XmlSecurityLogging.keepDocumentContentOutOfLogs();
    }

    private static final String SIGNATURE_PROVIDER_PROPERTY = "org.jcp.xml.dsig.internal.dom.SignatureProvider";

    private final Clock clock;

    public InvoiceSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signs as the seller ({@code DSCKS/NBan}). */
    public byte[] sign(byte[] invoiceXml, Signer signer) throws SigningException, InvoiceParseException {
        return sign(invoiceXml, signer, SignatureRole.SELLER);
    }

    public byte[] sign(byte[] invoiceXml, Signer signer, SignatureRole role)
            throws SigningException, InvoiceParseException {
        return sign(invoiceXml, signer.credential(), role);
    }

    public byte[] sign(byte[] invoiceXml, SigningCredential credential, SignatureRole role)
            throws SigningException, InvoiceParseException {
        Document document = SecureXml.parse(invoiceXml, FormatDefinitions.MAX_MESSAGE_BYTES);
        sign(document, credential, role);
        return SecureXml.serialize(document);
    }

    /** Adds the signature to the document in place. */
    public void sign(Document document, SigningCredential credential, SignatureRole role)
            throws SigningException, InvoiceParseException {
        Element hdon = InvoiceXmlReader.locateInvoice(document);
        Element data = Elements.child(hdon, "DLHDon")
                .orElseThrow(() -> new InvoiceParseException("DLHDon is missing", "/HDon/DLHDon"));
        String dataId = data.getAttribute("Id");
        if (dataId.isEmpty()) {
            throw new InvoiceParseException("DLHDon has no Id attribute", "/HDon/DLHDon");
        }
        Element slot = slot(document, hdon, role);
        String token = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        String signatureId = role.slot() + "-" + token;
        String objectId = "SigningTime-" + token;

        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        try {
            DigestMethod sha256 = factory.newDigestMethod(DigestMethod.SHA256, null);
            // The tax authority's signature uses no transforms and also covers MCCQT (spec §5).
            boolean taxAuthority = role == SignatureRole.TAX_AUTHORITY;
            List<Reference> references = new ArrayList<>();
            references.add(factory.newReference(
                    "#" + dataId,
                    sha256,
                    taxAuthority
                            ? null
                            : List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                    null,
                    null));
            references.add(factory.newReference("#" + objectId, sha256, null, XmlDsig.SIGNATURE_PROPERTIES_TYPE, null));
            Optional<Element> authorityCode = Elements.child(hdon, "MCCQT").filter(e -> e.hasAttribute("Id"));
            if (taxAuthority && authorityCode.isPresent()) {
                references.add(factory.newReference(
                        "#" + authorityCode.orElseThrow().getAttribute("Id"), sha256, null, null, null));
            }

            Element signingTime = document.createElementNS(XmlDsig.NS, "SigningTime");
            signingTime.setTextContent(
                    LocalDateTime.now(clock.withZone(XmlDsig.VIETNAM)).format(XmlDsig.SIGNING_TIME));
            SignatureProperty property =
                    factory.newSignatureProperty(List.of(new DOMStructure(signingTime)), "#" + signatureId, null);
            SignatureProperties properties = factory.newSignatureProperties(List.of(property), null);
            XMLObject object = factory.newXMLObject(List.of(properties), objectId, null, null);

            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(XmlDsig.C14N, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    references);
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(
                    credential.certificate().getSubjectX500Principal().getName(X500Principal.RFC2253),
                    credential.certificate()))));
            XMLSignature signature = factory.newXMLSignature(signedInfo, keyInfo, List.of(object), signatureId, null);

            DOMSignContext context = new DOMSignContext(credential.key(), slot);
            context.setDefaultNamespacePrefix("");
            context.setIdAttributeNS(data, null, "Id");
            authorityCode.ifPresent(e -> context.setIdAttributeNS(e, null, "Id"));
            credential.provider().ifPresent(p -> context.setProperty(SIGNATURE_PROVIDER_PROPERTY, p));
            signature.sign(context);
        } catch (GeneralSecurityException e) {
            throw new SigningException("the signature algorithms are not available: " + e.getMessage(), e);
        } catch (MarshalException | XMLSignatureException e) {
            throw new SigningException("signing failed: " + e.getMessage(), e);
        }
    }

    private static Element slot(Document document, Element hdon, SignatureRole role) {
        Element signatures = Elements.child(hdon, "DSCKS").orElseGet(() -> {
            Element created = document.createElement("DSCKS");
            hdon.appendChild(created);
            return created;
        });
        return Elements.child(signatures, role.slot()).orElseGet(() -> {
            Element created = document.createElement(role.slot());
            signatures.appendChild(created);
            return created;
        });
    }
}
