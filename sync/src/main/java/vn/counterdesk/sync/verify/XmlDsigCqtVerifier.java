package vn.counterdesk.sync.verify;

import java.security.Key;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Element;
import vn.counterdesk.sync.tdiep.RawXml;
import vn.counterdesk.sync.tdiep.SecureXml;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.verify.CqtVerification.Failed;
import vn.counterdesk.sync.verify.CqtVerification.Failure;

/**
 * Verifies {@code HDon/DSCKS/CQT/Signature} with the JDK's XML-DSig (JSR 105) against configured
 * tax-authority certificates (a certificate is trusted when it is one of them or chains to one).
 */
public final class XmlDsigCqtVerifier implements CqtSignatureVerifier {

    static {
        vn.counterdesk.invoice.sign.XmlSecurityLogging.keepDocumentContentOutOfLogs();
    }

    private static final String DSIG_NS = XMLSignature.XMLNS;
    private static final XMLSignatureFactory SIGNATURES = XMLSignatureFactory.getInstance("DOM");
    private static final Set<String> ALLOWED_TRANSFORMS = Set.of(
            Transform.ENVELOPED,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS);

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> trusted;

    public XmlDsigCqtVerifier(Collection<X509Certificate> taxAuthorityCertificates) {
        if (taxAuthorityCertificates.isEmpty()) {
            throw new IllegalArgumentException("at least one tax-authority certificate is needed");
        }
        this.trusted = List.copyOf(taxAuthorityCertificates);
        this.anchors = trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public CqtVerification verify(byte[] sentInvoice, byte[] returnedInvoice) {
        Optional<byte[]> sentData = RawXml.firstElement(sentInvoice, "DLHDon");
        Optional<byte[]> returnedData = RawXml.firstElement(returnedInvoice, "DLHDon");
        if (sentData.isEmpty() || returnedData.isEmpty()) {
            return new Failed(Failure.MALFORMED, "DLHDon missing");
        }
        if (!Arrays.equals(sentData.get(), returnedData.get())) {
            return new Failed(Failure.DATA_CHANGED, "DLHDon differs from the invoice sent");
        }
        Element invoice;
        try {
            invoice = SecureXml.parse(returnedInvoice).getDocumentElement();
        } catch (TDiepParseException e) {
            return new Failed(Failure.MALFORMED, e.getMessage());
        }
        // The byte comparison above looked at the first "<DLHDon" in the text; it must be the one and
        // only DLHDon, or a decoy (e.g. in a comment) could hide the data the signature really covers.
        if (occurrences(returnedInvoice, "<DLHDon") != 1
                || invoice.getElementsByTagNameNS("*", "DLHDon").getLength() != 1) {
            return new Failed(Failure.MALFORMED, "exactly one DLHDon expected");
        }
        Optional<Element> data = child(invoice, "DLHDon");
        Optional<Element> code = child(invoice, "MCCQT");
        Optional<Element> signature =
                child(invoice, "DSCKS").flatMap(list -> child(list, "CQT")).flatMap(cqt -> firstSignature(cqt));
        if (data.isEmpty() || code.isEmpty() || signature.isEmpty()) {
            return new Failed(Failure.MALFORMED, "DLHDon, MCCQT or DSCKS/CQT/Signature missing");
        }
        String dataId = data.get().getAttribute("Id");
        String codeId = code.get().getAttribute("Id");
        if (dataId.isEmpty() || codeId.isEmpty()) {
            return new Failed(Failure.MALFORMED, "DLHDon or MCCQT carries no Id");
        }
        data.get().setIdAttributeNS(null, "Id", true);
        code.get().setIdAttributeNS(null, "Id", true);
        return validate(
                signature.get(), dataId, codeId, code.get().getTextContent().strip());
    }

    private CqtVerification validate(Element signatureElement, String dataId, String codeId, String taxCode) {
        TrustedCertificateSelector selector = new TrustedCertificateSelector();
        DOMValidateContext context = new DOMValidateContext(selector, signatureElement);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignatureFactory factory = SIGNATURES;
            XMLSignature signature = factory.unmarshalXMLSignature(context);
            Set<String> covered = signature.getSignedInfo().getReferences().stream()
                    .map(Reference::getURI)
                    .collect(Collectors.toSet());
            if (!covered.contains("#" + dataId) || !covered.contains("#" + codeId)) {
                return new Failed(Failure.INCOMPLETE_COVERAGE, "signature does not cover DLHDon and MCCQT");
            }
            Optional<String> violation = profileViolation(signature, dataId, codeId);
            if (violation.isPresent()) {
                return new Failed(Failure.PROFILE_VIOLATION, violation.get());
            }
            if (!signature.validate(context)) {
                return new Failed(Failure.SIGNATURE_INVALID, "digest or signature value mismatch");
            }
            return new CqtVerification.Verified(taxCode);
        } catch (MarshalException e) {
            return new Failed(Failure.MALFORMED, "signature element unreadable");
        } catch (XMLSignatureException e) {
            return selector.rejected
                    ? new Failed(Failure.UNTRUSTED_SIGNER, "signing certificate is not a tax-authority certificate")
                    : new Failed(Failure.SIGNATURE_INVALID, "signature cannot be validated");
        }
    }

    /**
     * The profile of einvoice.md §5, checked before any digest: references only to DLHDon, MCCQT or the
     * signature's own Objects (anything else lets a valid signature vouch for content we never look at), only
     * canonicalisation and enveloped transforms (XPath/XSLT/Base64 can select other content than the URI
     * names), and an {@code X509SubjectName}, when given, that names the certificate carried beside it.
     */
    private static Optional<String> profileViolation(XMLSignature signature, String dataId, String codeId) {
        Set<String> allowedTargets = new java.util.HashSet<>(Set.of("#" + dataId, "#" + codeId));
        for (Object object : signature.getObjects()) {
            String id = ((XMLObject) object).getId();
            if (id != null) {
                allowedTargets.add("#" + id);
            }
        }
        for (Object o : signature.getSignedInfo().getReferences()) {
            Reference reference = (Reference) o;
            if (!allowedTargets.contains(reference.getURI())) {
                return Optional.of("a reference points outside DLHDon, MCCQT and the signature's own objects");
            }
            for (Object t : reference.getTransforms()) {
                if (!ALLOWED_TRANSFORMS.contains(((Transform) t).getAlgorithm())) {
                    return Optional.of("a reference uses a transform that is not allowed");
                }
            }
        }
        return subjectNameMismatch(signature.getKeyInfo())
                ? Optional.of("X509SubjectName does not name the X509Certificate")
                : Optional.empty();
    }

    private static boolean subjectNameMismatch(KeyInfo keyInfo) {
        if (keyInfo == null) {
            return false;
        }
        for (Object item : keyInfo.getContent()) {
            if (item instanceof X509Data x509) {
                List<String> names = new java.util.ArrayList<>();
                List<X509Certificate> certificates = new java.util.ArrayList<>();
                for (Object entry : x509.getContent()) {
                    if (entry instanceof String name) {
                        names.add(name);
                    } else if (entry instanceof X509Certificate certificate) {
                        certificates.add(certificate);
                    }
                }
                for (String name : names) {
                    if (certificates.stream().noneMatch(c -> sameName(name, c))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean sameName(String written, X509Certificate certificate) {
        try {
            // Canonical forms ignore case, spacing and string encoding; producers write the RDNs in either order.
            return canonicalRdns(new X500Principal(written))
                    .equals(canonicalRdns(certificate.getSubjectX500Principal()));
        } catch (IllegalArgumentException | javax.naming.InvalidNameException notAName) {
            return false;
        }
    }

    private static List<String> canonicalRdns(X500Principal name) throws javax.naming.InvalidNameException {
        return new javax.naming.ldap.LdapName(name.getName(X500Principal.CANONICAL))
                .getRdns().stream().map(Object::toString).sorted().toList();
    }

    private static int occurrences(byte[] xml, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int count = 0;
        for (int i = 0; i <= xml.length - needle.length; i++) {
            if (Arrays.equals(xml, i, i + needle.length, needle, 0, needle.length)) {
                count++;
            }
        }
        return count;
    }

    private static Optional<Element> child(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> firstSignature(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Signature".equals(e.getLocalName()) && DSIG_NS.equals(e.getNamespaceURI())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Accepts only the certificate from KeyInfo when it is trusted as a tax-authority certificate. */
    private final class TrustedCertificateSelector extends KeySelector {
        private volatile boolean rejected;

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo != null) {
                for (Object item : keyInfo.getContent()) {
                    if (item instanceof X509Data x509) {
                        for (Object entry : x509.getContent()) {
                            if (entry instanceof X509Certificate certificate && isTrusted(certificate)) {
                                Key key = certificate.getPublicKey();
                                return () -> key;
                            }
                        }
                    }
                }
            }
            rejected = true;
            throw new KeySelectorException("no trusted tax-authority certificate in KeyInfo");
        }
    }

    private boolean isTrusted(X509Certificate certificate) {
        try {
            certificate.checkValidity();
            if (trusted.contains(certificate)) {
                return true;
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
