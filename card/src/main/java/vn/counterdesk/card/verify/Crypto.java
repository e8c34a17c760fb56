package vn.counterdesk.card.verify;

import java.security.Provider;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * BouncyCastle plumbing shared by the verifiers. The provider instance is used explicitly, never
 * installed JVM-wide: the JDK provider rejects explicit EC parameters, which LDS certificates use.
 */
public final class Crypto {

    public static final Provider BC = new BouncyCastleProvider();

    /** Hash algorithms accepted for data-group hashes; MD5 and unknown algorithms are refused. */
    private static final Map<ASN1ObjectIdentifier, String> ALLOWED_HASHES = Map.of(
            OIWObjectIdentifiers.idSHA1, "SHA-1",
            NISTObjectIdentifiers.id_sha224, "SHA-224",
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    private Crypto() {}

    /** The display name of an allowed hash algorithm, empty if the algorithm is not allowed. */
    public static Optional<String> allowedHashName(AlgorithmIdentifier algorithm) {
        return Optional.ofNullable(ALLOWED_HASHES.get(algorithm.getAlgorithm()));
    }

    public static Optional<Digest> digest(ASN1ObjectIdentifier algorithm) {
        String name = ALLOWED_HASHES.get(algorithm);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(newDigest(name));
    }

    /** A fresh digest by JCA-style name (SHA-1, SHA-224, SHA-256, SHA-384, SHA-512). */
    public static Digest newDigest(String name) {
        return switch (name) {
            case "SHA-1" -> new SHA1Digest();
            case "SHA-224" -> new SHA224Digest();
            case "SHA-256" -> new SHA256Digest();
            case "SHA-384" -> new SHA384Digest();
            case "SHA-512" -> new SHA512Digest();
            default -> throw new IllegalArgumentException("unsupported digest " + name);
        };
    }

    public static byte[] hash(Digest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    public static Optional<PublicKey> publicKey(SubjectPublicKeyInfo info) {
        try {
            return Optional.of(new JcaPEMKeyConverter().setProvider(BC).getPublicKey(info));
        } catch (PEMException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when {@code certificate}'s signature verifies with {@code issuer}'s key; false on any failure. */
    public static boolean isSignedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(BC).build(issuer));
        } catch (OperatorCreationException
                | org.bouncycastle.cert.CertException
                | java.security.cert.CertificateException
                | RuntimeException e) {
            return false;
        }
    }
}
