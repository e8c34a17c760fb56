package vn.counterdesk.card.verify.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.counterdesk.card.verify.Crypto;
import vn.counterdesk.card.verify.trust.MasterListSignature.SignerChain;

/**
 * An ICAO CSCA master list: CMS SignedData whose content (eContentType 2.23.136.1.1.2) is
 * {@code CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }}.
 */
public final class MasterList {

    public static final ASN1ObjectIdentifier CSCA_MASTER_LIST = new ASN1ObjectIdentifier("2.23.136.1.1.2");

    private final CMSSignedData signedData;
    private final List<X509CertificateHolder> certificates;

    private MasterList(CMSSignedData signedData, List<X509CertificateHolder> certificates) {
        this.signedData = signedData;
        this.certificates = List.copyOf(certificates);
    }

    /** Parses a DER master list; empty when the bytes are not one (so callers can try other formats). */
    public static Optional<MasterList> parse(byte[] der) {
        try {
            CMSSignedData signedData = new CMSSignedData(der);
            if (!CSCA_MASTER_LIST.getId().equals(signedData.getSignedContentTypeOID())
                    || signedData.getSignedContent() == null) {
                return Optional.empty();
            }
            byte[] content = (byte[]) signedData.getSignedContent().getContent();
            ASN1Sequence list = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(content));
            List<X509CertificateHolder> certificates = new ArrayList<>();
            for (ASN1Encodable element : ASN1Set.getInstance(list.getObjectAt(1))) {
                certificates.add(new X509CertificateHolder(Certificate.getInstance(element)));
            }
            return Optional.of(new MasterList(signedData, certificates));
        } catch (CMSException | java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The CSCA certificates the list carries. */
    public List<X509CertificateHolder> certificates() {
        return certificates;
    }

    /**
     * Verifies the list's CMS signature with its embedded signer certificate, then looks for the
     * signer's issuer among {@code pinnedRoots} and then {@code trustAnchors}.
     */
    public MasterListSignature verify(
            Collection<X509CertificateHolder> pinnedRoots, Collection<X509CertificateHolder> trustAnchors) {
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new MasterListSignature(
                    "(" + signers.size() + " signers)",
                    Optional.empty(),
                    false,
                    SignerChain.UNKNOWN_ROOT,
                    Optional.empty());
        }
        SignerInformation signer = signers.iterator().next();
        Optional<Instant> signingTime = signingTime(signer);
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return new MasterListSignature(
                    "(signer certificate not embedded)",
                    signingTime,
                    false,
                    SignerChain.UNKNOWN_ROOT,
                    Optional.empty());
        }
        X509CertificateHolder signerCertificate = matches.iterator().next();
        boolean signatureValid = signatureValid(signer, signerCertificate);
        Instant validityReference = signingTime.orElseGet(Instant::now);
        ChainLookup pinned = ChainLookup.find(signerCertificate, pinnedRoots, validityReference);
        ChainLookup chain =
                pinned.found() ? pinned : ChainLookup.find(signerCertificate, trustAnchors, validityReference);
        SignerChain signerChain = chain.root().isPresent()
                ? (pinned.found() ? SignerChain.PINNED_ROOT : SignerChain.TRUST_STORE)
                : (pinned.nameMatched() || chain.nameMatched() ? SignerChain.INVALID : SignerChain.UNKNOWN_ROOT);
        return new MasterListSignature(
                signerCertificate.getSubject().toString(),
                signingTime,
                signatureValid,
                signerChain,
                chain.root().map(root -> root.getSubject().toString()));
    }

    private static boolean signatureValid(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            // Built from the certificate: BouncyCastle also checks its validity at the signing time.
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Crypto.BC)
                    .build(certificate));
        } catch (CMSException
                | OperatorCreationException
                | java.security.cert.CertificateException
                | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                    .getDate()
                    .toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Issuer search result: a root that verifies, or whether any candidate merely had the right name. */
    private record ChainLookup(Optional<X509CertificateHolder> root, boolean nameMatched) {

        boolean found() {
            return root.isPresent();
        }

        static ChainLookup find(
                X509CertificateHolder certificate, Collection<X509CertificateHolder> roots, Instant at) {
            boolean nameMatched = false;
            for (X509CertificateHolder root : roots) {
                if (!Issuers.isCandidateIssuer(root, certificate)) {
                    continue;
                }
                nameMatched = true;
                if (Crypto.isSignedBy(certificate, root) && root.isValidOn(java.util.Date.from(at))) {
                    return new ChainLookup(Optional.of(root), true);
                }
            }
            return new ChainLookup(Optional.empty(), nameMatched);
        }
    }
}
