package vn.counterdesk.testkit.pki;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * Key pairs derived from a label, so that fixtures are reproducible run after run (same CSCA, same
 * DS key, same AA key for a persona) while keeping the real structure of each key. Test keys only:
 * the labels are public, so these keys protect nothing.
 */
public final class DeterministicKeys {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Map<String, KeyPair> CACHE = new ConcurrentHashMap<>();

    private DeterministicKeys() {}

    /** An EC key pair on a named curve, private scalar = SHA-512(label) reduced into [1, n). */
    public static KeyPair ec(String curve, String label) {
        return CACHE.computeIfAbsent("ec:" + curve + ":" + label, k -> {
            ECNamedCurveParameterSpec spec = ECNamedCurveTable.getParameterSpec(curve);
            BigInteger order = spec.getN();
            BigInteger d = new BigInteger(1, sha512(label))
                    .mod(order.subtract(BigInteger.ONE))
                    .add(BigInteger.ONE);
            try {
                KeyFactory factory = KeyFactory.getInstance("EC", BC);
                return new KeyPair(
                        factory.generatePublic(
                                new ECPublicKeySpec(spec.getG().multiply(d).normalize(), spec)),
                        factory.generatePrivate(new ECPrivateKeySpec(d, spec)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot build EC key on " + curve, e);
            }
        });
    }

    /** An RSA key pair (e = 65537) generated from a generator seeded with the label. */
    public static KeyPair rsa(int bits, String label) {
        return CACHE.computeIfAbsent("rsa:" + bits + ":" + label, k -> {
            try {
                SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
                seeded.setSeed(sha512(label));
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
                generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), seeded);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot build RSA key", e);
            }
        });
    }

    private static byte[] sha512(String label) {
        try {
            return java.security.MessageDigest.getInstance("SHA-512")
                    .digest(("counterdesk-testkit:" + label).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
