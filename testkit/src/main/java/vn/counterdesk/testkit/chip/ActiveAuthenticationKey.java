package vn.counterdesk.testkit.chip;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The private key behind DG15 and how the chip signs the INTERNAL AUTHENTICATE challenge with it
 * (Doc 9303-11 §6.1): ECDSA with plain r‖s, or RSA with ISO/IEC 9796-2 digital signature scheme 1
 * (SHA-1, trailer 'BC') where the chip's own nonce M1 is the recoverable part and the challenge
 * M2 is not.
 */
public sealed interface ActiveAuthenticationKey {

    byte[] sign(byte[] challenge, ChipRandom random);

    /** ECDSA; {@code digest} as announced in DG14's ActiveAuthenticationInfo (e.g. SHA256). */
    record Ecdsa(PrivateKey key, String digest) implements ActiveAuthenticationKey {
        @Override
        public byte[] sign(byte[] challenge, ChipRandom random) {
            try {
                Signature signature = Signature.getInstance(digest + "withPLAIN-ECDSA", new BouncyCastleProvider());
                signature.initSign(key, new ChipSecureRandom(random));
                signature.update(challenge);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("ECDSA signing failed", e);
            }
        }

        @Override
        public String toString() {
            return "Ecdsa[" + digest + ", key redacted]";
        }
    }

    /** RSA with ISO/IEC 9796-2 scheme 1, partial message recovery, SHA-1. */
    record Rsa(RSAPrivateCrtKey key) implements ActiveAuthenticationKey {
        @Override
        public byte[] sign(byte[] challenge, ChipRandom random) {
            RSAPrivateCrtKeyParameters parameters = new RSAPrivateCrtKeyParameters(
                    key.getModulus(),
                    key.getPublicExponent(),
                    key.getPrivateExponent(),
                    key.getPrimeP(),
                    key.getPrimeQ(),
                    key.getPrimeExponentP(),
                    key.getPrimeExponentQ(),
                    key.getCrtCoefficient());
            ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), new SHA1Digest(), true);
            signer.init(true, parameters); // scheme 1 is deterministic: the randomness is M1 below
            // Recoverable capacity: modulus bytes minus SHA-1 hash, trailer 'BC' and header byte.
            int m1Length = (key.getModulus().bitLength() + 7) / 8 - 20 - 2;
            byte[] m1 = random.bytes(m1Length);
            signer.update(m1, 0, m1.length);
            signer.update(challenge, 0, challenge.length);
            try {
                return signer.generateSignature();
            } catch (org.bouncycastle.crypto.CryptoException e) {
                throw new IllegalStateException("ISO 9796-2 signing failed", e);
            }
        }

        @Override
        public String toString() {
            return "Rsa[" + key.getModulus().bitLength() + " bits, key redacted]";
        }
    }
}
