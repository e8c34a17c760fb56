package vn.counterdesk.card.verify;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.counterdesk.card.verify.trust.Issuers;
import vn.counterdesk.card.verify.trust.TrustAnchor;
import vn.counterdesk.card.verify.trust.TrustStore;

/** The {@code csca-chain} check: DS certificate → CSCA in the trust store (ICAO 9303-11 §5.1, 9303-12). */
final class ChainValidator {

    private final TrustStore trustStore;

    ChainValidator(TrustStore trustStore) {
        this.trustStore = trustStore;
    }

    /**
     * No anchor with the DS issuer's name (and key identifier) → SKIPPED: unproven, not forged.
     * An anchor that matches by name but whose signature, CA rights or validity fail, or a CRL of
     * that anchor listing the DS → FAIL.
     */
    Check validate(X509CertificateHolder documentSigner) {
        List<TrustAnchor> candidates = trustStore.anchors().stream()
                .filter(anchor -> Issuers.isCandidateIssuer(anchor.certificate(), documentSigner))
                .toList();
        if (candidates.isEmpty()) {
            return Check.skipped(CheckName.CSCA_CHAIN, "csca-chain.not-in-trust-store", documentSigner.getIssuer());
        }
        // Chain model: the CSCA must have been valid when it issued the DS certificate.
        Date issuedAt = documentSigner.getNotBefore();
        String failure = "csca-chain.signature-invalid";
        for (TrustAnchor candidate : candidates) {
            X509CertificateHolder csca = candidate.certificate();
            if (!Crypto.isSignedBy(documentSigner, csca)) {
                continue;
            }
            if (!Issuers.mayIssueCertificates(csca)) {
                failure = "csca-chain.not-a-ca";
            } else if (!csca.isValidOn(issuedAt)) {
                failure = "csca-chain.csca-not-valid";
            } else if (isRevoked(documentSigner, csca)) {
                return Check.fail(CheckName.CSCA_CHAIN, "csca-chain.revoked", csca.getSubject());
            } else {
                return Check.pass(CheckName.CSCA_CHAIN, "csca-chain.pass", csca.getSubject());
            }
        }
        return Check.fail(CheckName.CSCA_CHAIN, failure, documentSigner.getIssuer());
    }

    /** Only CRLs whose signature verifies with this CSCA count; an unverifiable CRL is no evidence. */
    private boolean isRevoked(X509CertificateHolder documentSigner, X509CertificateHolder csca) {
        for (X509CRLHolder crl : trustStore.crls()) {
            if (!crl.getIssuer().equals(csca.getSubject()) || !crlSignedBy(crl, csca)) {
                continue;
            }
            if (crl.getRevokedCertificate(documentSigner.getSerialNumber()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean crlSignedBy(X509CRLHolder crl, X509CertificateHolder csca) {
        try {
            return crl.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(Crypto.BC)
                    .build(csca));
        } catch (Exception e) {
            return false;
        }
    }

    static boolean isValidOn(X509CertificateHolder certificate, Instant instant) {
        return certificate.isValidOn(Date.from(instant));
    }
}
