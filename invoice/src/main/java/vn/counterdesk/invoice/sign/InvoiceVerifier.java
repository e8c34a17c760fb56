package vn.counterdesk.invoice.sign;

import static vn.counterdesk.invoice.xml.Elements.child;
import static vn.counterdesk.invoice.xml.Elements.children;
import static vn.counterdesk.invoice.xml.Elements.localName;

import java.security.Key;
import java.security.PublicKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.counterdesk.invoice.model.AuthorisedIssuer;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.validation.Problem;
import vn.counterdesk.invoice.xml.ReadInvoice;

/**
 * Verifies every XML signature of an invoice (seller {@code NBan}, buyer {@code NMua}, tax authority {@code CQT},
 * others {@code CCKSKhac}), each with its signer, signing time and verdict.
 *
 * <p>Resistant to signature wrapping: a signature counts only where it belongs ({@code HDon/DSCKS/<slot>}); each
 * reference must be a same-document {@code #Id} that names exactly one element in the whole document, and that
 * element must be one this signature may cover — the {@code DLHDon} of <em>this</em> {@code HDon}, its
 * {@code MCCQT}, or the signature's own {@code Object}. Only enveloped-signature and canonicalisation transforms,
 * C14N 20010315 for {@code SignedInfo} and RSA with SHA-2 are accepted; the certificate must match
 * {@code X509SubjectName} and be valid at the signing time.
 *
 * <p>Not done here: the chain to the national root CA and revocation (trust store and network are configuration
 * of the app).
 */
public final class InvoiceVerifier {

    static {
        XmlSecurityLogging.keepDocumentContentOutOfLogs();
    }

    private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
    private static final Set<String> SLOTS = Set.of("NBan", "NMua", "CQT", "CCKSKhac");

    private final Clock clock;

    public InvoiceVerifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public VerificationReport verify(ReadInvoice read) {
        return verify(read.document(), read.invoiceElement(), Optional.of(read.invoice()));
    }

    /**
     * Verifies the signatures of {@code hdon} inside {@code document}. With the invoice model, the seller
     * certificate is also checked to carry the seller's (or authorised issuer's) tax code.
     */
    public VerificationReport verify(Document document, Element hdon, Optional<Invoice> invoice) {
        List<Problem> problems = new ArrayList<>();
        List<SignatureCheck> checks = new ArrayList<>();
        Map<String, List<Element>> ids = indexIds(document);
        ids.forEach((id, elements) -> {
            if (elements.size() > 1) {
                problems.add(Problem.error(
                        "DUPLICATE_ID",
                        "//*[@Id='" + id + "']",
                        "Id '" + id + "' is used by " + elements.size() + " elements; references to it are ambiguous"));
            }
        });
        Optional<Element> data = child(hdon, "DLHDon");
        Optional<Element> authorityCode = child(hdon, "MCCQT");
        Optional<Element> signatureList = child(hdon, "DSCKS");
        for (Element signature : signatures(document)) {
            if (!contains(hdon, signature)) {
                problems.add(Problem.warning(
                        "MESSAGE_SIGNATURE_NOT_VERIFIED",
                        path(signature),
                        "a signature outside the invoice (message envelope) is not verified here"));
                continue;
            }
            Element parent = (Element) signature.getParentNode();
            boolean placed = signatureList.isPresent()
                    && parent.getParentNode() == signatureList.orElseThrow()
                    && SLOTS.contains(localName(parent));
            if (!placed) {
                problems.add(Problem.error(
                        "SIGNATURE_MISPLACED",
                        path(signature),
                        "a signature outside HDon/DSCKS/{NBan,NMua,CQT,CCKSKhac} does not sign this invoice"));
                checks.add(new SignatureCheck(
                        SignatureRole.OTHER,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of("signature is not in HDon/DSCKS")));
                continue;
            }
            SignatureRole role = SignatureRole.ofSlot(localName(parent)).orElseThrow();
            checks.add(new Check(signature, role, data, authorityCode, ids, invoice, problems).run());
        }
        if (checks.stream().noneMatch(c -> c.role() == SignatureRole.SELLER)) {
            problems.add(Problem.error(
                    "SELLER_SIGNATURE_MISSING", "/HDon/DSCKS/NBan", "the invoice carries no seller signature"));
        }
        return new VerificationReport(checks, problems);
    }

    /** The verification of one placed signature. */
    private final class Check {
        private final Element signature;
        private final SignatureRole role;
        private final Optional<Element> data;
        private final Optional<Element> authorityCode;
        private final Map<String, List<Element>> ids;
        private final Optional<Invoice> invoice;
        private final List<Problem> problems;
        private final List<String> failures = new ArrayList<>();

        Check(
                Element signature,
                SignatureRole role,
                Optional<Element> data,
                Optional<Element> authorityCode,
                Map<String, List<Element>> ids,
                Optional<Invoice> invoice,
                List<Problem> problems) {
            this.signature = signature;
            this.role = role;
            this.data = data;
            this.authorityCode = authorityCode;
            this.ids = ids;
            this.invoice = invoice;
            this.problems = problems;
        }

        SignatureCheck run() {
            FixedKey key = new FixedKey();
            DOMValidateContext context = new DOMValidateContext(key, signature);
            context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
            Set<Element> coverable = new HashSet<>();
            data.ifPresent(e -> register(context, e, coverable));
            authorityCode.filter(e -> e.hasAttribute("Id")).ifPresent(e -> register(context, e, coverable));
            List<Element> ownObjects = ownObjects();
            for (Element object : ownObjects) {
                registerTree(context, object, coverable);
            }
            XMLSignature xml;
            try {
                xml = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            } catch (MarshalException e) {
                return result(
                        false, Optional.empty(), Optional.empty(), List.of("malformed signature: " + e.getMessage()));
            }
            SignedInfo signedInfo = xml.getSignedInfo();
            checkAlgorithms(signedInfo);
            Map<Reference, Element> targets = checkReferences(signedInfo, coverable);
            Optional<X509Certificate> certificate = certificate(xml.getKeyInfo());
            Optional<LocalDateTime> signingTime = Optional.empty();
            if (certificate.isPresent()) {
                key.key = certificate.orElseThrow().getPublicKey();
                boolean cryptoValid = validate(xml, context, targets);
                if (cryptoValid) {
                    signingTime = signingTime(targets, ownObjects, xml.getId());
                }
                checkCertificate(certificate.orElseThrow(), signingTime);
            }
            return result(failures.isEmpty(), certificate, signingTime, failures);
        }

        private SignatureCheck result(
                boolean valid,
                Optional<X509Certificate> certificate,
                Optional<LocalDateTime> signingTime,
                List<String> reasons) {
            return new SignatureCheck(
                    role,
                    valid,
                    certificate.flatMap(SubjectNames::commonName),
                    signingTime,
                    certificate,
                    valid ? List.of() : reasons);
        }

        private List<Element> ownObjects() {
            List<Element> objects = new ArrayList<>();
            for (Element c : children(signature)) {
                if ("Object".equals(localName(c)) && XmlDsig.NS.equals(c.getNamespaceURI())) {
                    objects.add(c);
                }
            }
            return objects;
        }

        private void checkAlgorithms(SignedInfo signedInfo) {
            String c14n = signedInfo.getCanonicalizationMethod().getAlgorithm();
            if (!XmlDsig.ALLOWED_CANONICALIZATIONS.contains(c14n)) {
                failures.add("SignedInfo canonicalisation " + c14n + " is not C14N 20010315");
            }
            String method = signedInfo.getSignatureMethod().getAlgorithm();
            if (!XmlDsig.ALLOWED_SIGNATURE_METHODS.contains(method)) {
                failures.add("signature method " + method + " is not RSA with SHA-256/384/512");
            }
        }

        private Map<Reference, Element> checkReferences(SignedInfo signedInfo, Set<Element> coverable) {
            Map<Reference, Element> targets = new HashMap<>();
            boolean coversData = false;
            for (Object o : signedInfo.getReferences()) {
                Reference reference = (Reference) o;
                String uri = reference.getURI();
                if (uri == null || !uri.startsWith("#") || uri.length() < 2) {
                    failures.add("reference '" + (uri == null ? "" : uri) + "' is not a same-document #Id reference");
                    continue;
                }
                for (Object t : reference.getTransforms()) {
                    String algorithm = ((Transform) t).getAlgorithm();
                    if (!XmlDsig.ALLOWED_TRANSFORMS.contains(algorithm)) {
                        failures.add("reference " + uri + " uses transform " + algorithm + ", which is not allowed");
                    }
                }
                List<Element> named = ids.getOrDefault(uri.substring(1), List.of());
                if (named.isEmpty()) {
                    failures.add("reference " + uri + " names no element");
                } else if (named.size() > 1) {
                    failures.add("reference " + uri + " is ambiguous: " + named.size() + " elements carry that Id");
                } else if (!coverable.contains(named.getFirst())) {
                    failures.add("reference " + uri + " covers " + path(named.getFirst())
                            + ", which is not this invoice's DLHDon, MCCQT or the signature's own Object");
                } else {
                    targets.put(reference, named.getFirst());
                    coversData |= data.filter(d -> d == named.getFirst()).isPresent();
                }
            }
            if (!coversData) {
                failures.add("the signature does not cover this invoice's DLHDon");
            }
            return targets;
        }

        private Optional<X509Certificate> certificate(KeyInfo keyInfo) {
            List<String> names = new ArrayList<>();
            List<X509Certificate> certificates = new ArrayList<>();
            if (keyInfo != null) {
                for (Object o : keyInfo.getContent()) {
                    if (o instanceof X509Data x509) {
                        for (Object item : x509.getContent()) {
                            if (item instanceof String name) {
                                names.add(name);
                            } else if (item instanceof X509Certificate certificate) {
                                certificates.add(certificate);
                            }
                        }
                    }
                }
            }
            if (certificates.isEmpty()) {
                failures.add("KeyInfo has no X509Certificate");
                return Optional.empty();
            }
            if (names.isEmpty()) {
                failures.add("KeyInfo has no X509SubjectName");
                return Optional.of(certificates.getFirst());
            }
            for (X509Certificate certificate : certificates) {
                if (names.stream().anyMatch(n -> SubjectNames.matches(n, certificate))) {
                    return Optional.of(certificate);
                }
            }
            failures.add("X509SubjectName does not match the X509Certificate");
            return Optional.of(certificates.getFirst());
        }

        private boolean validate(XMLSignature xml, DOMValidateContext context, Map<Reference, Element> targets) {
            try {
                if (xml.validate(context)) {
                    return true;
                }
                if (!xml.getSignatureValue().validate(context)) {
                    failures.add("the signature value does not match: wrong key or altered SignedInfo");
                }
                for (Object o : xml.getSignedInfo().getReferences()) {
                    Reference reference = (Reference) o;
                    if (targets.containsKey(reference) && !reference.validate(context)) {
                        failures.add("digest of " + reference.getURI() + " does not match: "
                                + describe(targets.get(reference)) + " was changed after signing");
                    }
                }
                if (failures.isEmpty()) {
                    failures.add("the signature does not verify");
                }
            } catch (XMLSignatureException e) {
                failures.add("cannot verify: " + e.getMessage());
            }
            return false;
        }

        private Optional<LocalDateTime> signingTime(
                Map<Reference, Element> targets, List<Element> ownObjects, String signatureId) {
            for (Element target : targets.values()) {
                if (ownObjects.stream().noneMatch(o -> contains(o, target))) {
                    continue;
                }
                Optional<Element> time = descendant(target, "SigningTime");
                if (time.isPresent()) {
                    checkTarget(time.orElseThrow(), signatureId);
                    return parseTime(time.orElseThrow().getTextContent().strip());
                }
            }
            if (ownObjects.stream().anyMatch(o -> descendant(o, "SigningTime").isPresent())) {
                problems.add(Problem.warning(
                        "SIGNING_TIME_NOT_SIGNED",
                        path(signature),
                        role.label() + " signature: the SigningTime is not covered by the signature"));
            }
            return Optional.empty();
        }

        private void checkTarget(Element signingTime, String signatureId) {
            Node property = signingTime.getParentNode();
            if (property instanceof Element p && "SignatureProperty".equals(localName(p))) {
                String target = p.getAttribute("Target");
                if (signatureId == null || !target.equals("#" + signatureId)) {
                    problems.add(Problem.warning(
                            "SIGNATURE_PROPERTY_TARGET",
                            path(p),
                            role.label() + " signature: SignatureProperty Target does not name this signature"));
                }
            }
        }

        private Optional<LocalDateTime> parseTime(String text) {
            try {
                if (text.length() > 19) {
                    // Tolerate an offset or 'Z' written by other producers: convert to GMT+7.
                    return Optional.of(OffsetDateTime.parse(text)
                            .atZoneSameInstant(XmlDsig.VIETNAM)
                            .toLocalDateTime());
                }
                return Optional.of(LocalDateTime.parse(text));
            } catch (DateTimeParseException e) {
                failures.add("SigningTime is not a dateTime");
                return Optional.empty();
            }
        }

        private void checkCertificate(X509Certificate certificate, Optional<LocalDateTime> signingTime) {
            Date at =
                    Date.from(signingTime.map(t -> t.toInstant(XmlDsig.VIETNAM)).orElseGet(clock::instant));
            try {
                certificate.checkValidity(at);
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                failures.add("the certificate was not valid at "
                        + (signingTime.isPresent() ? "the signing time" : "this time"));
            }
            if (role == SignatureRole.SELLER && invoice.isPresent()) {
                Invoice i = invoice.orElseThrow();
                List<String> taxCodes = new ArrayList<>();
                taxCodes.add(i.seller().taxCode());
                i.general().authorisedIssuer().map(AuthorisedIssuer::taxCode).ifPresent(taxCodes::add);
                if (taxCodes.stream().noneMatch(t -> SubjectNames.carriesTaxCode(certificate, t))) {
                    problems.add(Problem.warning(
                            "SIGNER_TAX_CODE_MISMATCH",
                            "/HDon/DSCKS/NBan",
                            "the seller certificate does not carry UID=MST:"
                                    + i.seller().taxCode()));
                }
            }
        }
    }

    private static void register(DOMValidateContext context, Element element, Set<Element> coverable) {
        context.setIdAttributeNS(element, null, "Id");
        coverable.add(element);
    }

    private static void registerTree(DOMValidateContext context, Element root, Set<Element> coverable) {
        if (root.hasAttribute("Id")) {
            register(context, root, coverable);
        }
        for (Element c : children(root)) {
            registerTree(context, c, coverable);
        }
    }

    /** Every element carrying an Id-like attribute, by value: duplicates are how wrapping attacks hide. */
    private static Map<String, List<Element>> indexIds(Document document) {
        Map<String, List<Element>> ids = new HashMap<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : List.of("Id", "ID", "id")) {
                if (e.hasAttribute(attribute)) {
                    ids.computeIfAbsent(e.getAttribute(attribute), k -> new ArrayList<>())
                            .add(e);
                }
            }
        }
        return ids;
    }

    private static List<Element> signatures(Document document) {
        NodeList list = document.getElementsByTagNameNS(XmlDsig.NS, "Signature");
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Element> descendant(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS("*", name);
        return list.getLength() == 0 ? Optional.empty() : Optional.of((Element) list.item(0));
    }

    private static String describe(Element e) {
        return "SigningTime".equals(localName(e)) || "Object".equals(localName(e)) ? "the signing time" : localName(e);
    }

    /** An XPath-like location for reports. */
    static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            path.insert(0, "/" + localName(e));
        }
        return path.toString();
    }

    /** Hands the verifier the key of the certificate chosen from KeyInfo, and only that key. */
    private static final class FixedKey extends KeySelector {
        private PublicKey key;

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (key == null) {
                throw new KeySelectorException("no usable certificate");
            }
            PublicKey chosen = key;
            return new KeySelectorResult() {
                @Override
                public Key getKey() {
                    return chosen;
                }
            };
        }
    }
}
