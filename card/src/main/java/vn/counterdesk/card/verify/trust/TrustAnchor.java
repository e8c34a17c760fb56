package vn.counterdesk.card.verify.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * A CSCA certificate in the trust store.
 *
 * @param certificate the certificate (BouncyCastle holder: explicit EC parameters are common)
 * @param builtIn shipped with CounterDesk (cannot be removed) rather than imported
 */
public record TrustAnchor(X509CertificateHolder certificate, boolean builtIn) {

    public String sha256() {
        return sha256(encoded(certificate));
    }

    public String subject() {
        return certificate.getSubject().toString();
    }

    /** ISO 3166 alpha-2 country of the subject, empty if the certificate has none. */
    public Optional<String> country() {
        return rdn(certificate, BCStyle.C);
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    public boolean isExpiredAt(Instant instant) {
        return notAfter().isBefore(instant);
    }

    static String sha256(byte[] data) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    static byte[] encoded(X509CertificateHolder certificate) {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first value of {@code type} in the subject of {@code certificate}. */
    public static Optional<String> rdn(X509CertificateHolder certificate, ASN1ObjectIdentifier type) {
        RDN[] rdns = certificate.getSubject().getRDNs(type);
        return rdns.length == 0
                ? Optional.empty()
                : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }

    @Override
    public String toString() {
        return "TrustAnchor[" + subject() + ", builtIn=" + builtIn + "]";
    }
}
