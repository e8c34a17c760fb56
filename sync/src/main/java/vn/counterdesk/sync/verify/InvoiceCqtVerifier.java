package vn.counterdesk.sync.verify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.crypto.dsig.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.sign.InvoiceVerifier;
import vn.counterdesk.invoice.sign.SignatureCheck;
import vn.counterdesk.invoice.sign.SignatureRole;
import vn.counterdesk.invoice.sign.VerificationReport;
import vn.counterdesk.invoice.validation.Severity;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.sync.tdiep.NetworkXml;
import vn.counterdesk.sync.tdiep.RawXml;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.verify.CqtVerification.Failed;
import vn.counterdesk.sync.verify.CqtVerification.Failure;

/**
 * Checks a 202 with the invoice module's {@link InvoiceVerifier} (signature value, digests, wrapping-resistant
 * placement and references, certificate validity) and adds what only sync knows: the returned {@code DLHDon} is
 * byte-identical to the one we sent, the tax-authority signature covers both {@code DLHDon} and {@code MCCQT},
 * and its certificate is one of the configured tax-authority certificates or chains to one.
 */
public final class InvoiceCqtVerifier implements CqtSignatureVerifier {

    private static final String SELLER_MISSING = "SELLER_SIGNATURE_MISSING";

    private final InvoiceVerifier signatures;
    private final List<X509Certificate> trusted;
    private final Set<TrustAnchor> anchors;

    public InvoiceCqtVerifier(Collection<X509Certificate> taxAuthorityCertificates, Clock clock) {
        if (taxAuthorityCertificates.isEmpty()) {
            throw new IllegalArgumentException("at least one tax-authority certificate is needed");
        }
        this.signatures = new InvoiceVerifier(clock);
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
        // The byte comparison looked at the first "<DLHDon" in the text; it must be the only one, or a decoy
        // (in a comment, or before another invoice's data) could hide what the signature really covers.
        if (occurrences(returnedInvoice, "<DLHDon") != 1) {
            return new Failed(Failure.MALFORMED, "exactly one DLHDon expected");
        }
        Document document;
        Element invoice;
        try {
            document = NetworkXml.parse(returnedInvoice);
            invoice = InvoiceXmlReader.locateInvoice(document);
        } catch (TDiepParseException | InvoiceParseException e) {
            return new Failed(Failure.MALFORMED, "returned invoice unreadable");
        }
        Optional<Element> data = child(invoice, "DLHDon");
        Optional<Element> code = child(invoice, "MCCQT");
        Optional<Element> signature =
                child(invoice, "DSCKS").flatMap(list -> child(list, "CQT")).flatMap(cqt -> child(cqt, "Signature"));
        if (data.isEmpty() || code.isEmpty() || signature.isEmpty()) {
            return new Failed(Failure.MALFORMED, "DLHDon, MCCQT or DSCKS/CQT/Signature missing");
        }
        VerificationReport report = signatures.verify(document, invoice, Optional.empty());
        // The seller's signature is not this check's concern: DLHDon is byte-identical to what we signed and sent.
        List<String> refusals = report.problems().stream()
                .filter(p -> p.severity() == Severity.ERROR && !SELLER_MISSING.equals(p.code()))
                .map(p -> p.code())
                .distinct()
                .toList();
        if (!refusals.isEmpty()) {
            // Problem codes only: the problem texts may quote Ids chosen by whoever built the answer.
            return new Failed(
                    Failure.MALFORMED,
                    "signature structure refused by the invoice verifier: " + String.join(", ", refusals));
        }
        List<SignatureCheck> authority = report.signatures().stream()
                .filter(s -> s.role() == SignatureRole.TAX_AUTHORITY)
                .toList();
        if (authority.size() != 1) {
            return new Failed(Failure.MALFORMED, "exactly one tax-authority signature expected");
        }
        Set<String> covered = referenceUris(signature.get());
        if (!covered.contains("#" + data.get().getAttribute("Id"))
                || !covered.contains("#" + code.get().getAttribute("Id"))) {
            return new Failed(Failure.INCOMPLETE_COVERAGE, "signature does not cover DLHDon and MCCQT");
        }
        SignatureCheck check = authority.getFirst();
        if (check.certificate().isEmpty() || !isTrusted(check.certificate().get())) {
            return new Failed(Failure.UNTRUSTED_SIGNER, "signing certificate is not a tax-authority certificate");
        }
        if (!check.valid()) {
            return new Failed(Failure.SIGNATURE_INVALID, String.join("; ", check.failures()));
        }
        return new CqtVerification.Verified(code.get().getTextContent().strip());
    }

    /** The {@code URI}s of the signature's references (their digests were checked by the invoice verifier). */
    private static Set<String> referenceUris(Element signature) {
        Set<String> uris = new HashSet<>();
        var references = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "Reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            if ("SignedInfo".equals(reference.getParentNode().getLocalName())) {
                uris.add(reference.getAttribute("URI"));
            }
        }
        return uris;
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
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static int occurrences(byte[] xml, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
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
}
