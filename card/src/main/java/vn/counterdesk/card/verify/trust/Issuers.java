package vn.counterdesk.card.verify.trust;

import java.util.Arrays;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/** Issuer matching as ICAO 9303-12 requires: issuer DN, and key identifiers when both sides have them. */
public final class Issuers {

    private Issuers() {}

    public static boolean isCandidateIssuer(X509CertificateHolder issuer, X509CertificateHolder subject) {
        if (!issuer.getSubject().equals(subject.getIssuer())) {
            return false;
        }
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.fromExtensions(subject.getExtensions());
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(issuer.getExtensions());
        if (aki == null || aki.getKeyIdentifierObject() == null || ski == null) {
            return true;
        }
        return Arrays.equals(aki.getKeyIdentifierObject().getOctets(), ski.getKeyIdentifier());
    }

    /** True if the certificate may sign certificates (basicConstraints CA and keyCertSign when present). */
    public static boolean mayIssueCertificates(X509CertificateHolder certificate) {
        BasicConstraints constraints = BasicConstraints.fromExtensions(certificate.getExtensions());
        if (constraints != null && !constraints.isCA()) {
            return false;
        }
        KeyUsage usage = KeyUsage.fromExtensions(certificate.getExtensions());
        return usage == null || usage.hasUsages(KeyUsage.keyCertSign);
    }
}
