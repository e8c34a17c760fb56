package vn.counterdesk.card.verify.ca;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.agreement.DHBasicAgreement;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.generators.DHKeyPairGenerator;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.DHKeyGenerationParameters;
import org.bouncycastle.crypto.params.DHPrivateKeyParameters;
import org.bouncycastle.crypto.params.DHPublicKeyParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;
import vn.counterdesk.card.lds.dg14.ChipAuthenticationInfo;
import vn.counterdesk.card.sm.SessionKeys;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.card.verify.Crypto;

/**
 * The terminal's cryptography of Chip Authentication: an ephemeral key on the chip's domain
 * parameters, the shared secret, and the session keys (ICAO 9303-11 §6.2, KDF §9.7.1).
 */
public final class ChipAuthenticationKeys {

    private ChipAuthenticationKeys() {}

    public static AsymmetricCipherKeyPair ephemeralKeyPair(AsymmetricKeyParameter chipKey, SecureRandom random) {
        return switch (chipKey) {
            case ECPublicKeyParameters ec -> {
                ECKeyPairGenerator generator = new ECKeyPairGenerator();
                generator.init(new ECKeyGenerationParameters(ec.getParameters(), random));
                yield generator.generateKeyPair();
            }
            case DHPublicKeyParameters dh -> {
                DHKeyPairGenerator generator = new DHKeyPairGenerator();
                generator.init(new DHKeyGenerationParameters(random, dh.getParameters()));
                yield generator.generateKeyPair();
            }
            default ->
                throw new IllegalArgumentException(
                        "unsupported CA key " + chipKey.getClass().getSimpleName());
        };
    }

    /** The public value sent to the chip: uncompressed point (ECDH) or y as unsigned big-endian (DH). */
    public static byte[] encodePublic(AsymmetricKeyParameter publicKey) {
        return switch (publicKey) {
            case ECPublicKeyParameters ec -> ec.getQ().getEncoded(false);
            case DHPublicKeyParameters dh ->
                BigIntegers.asUnsignedByteArray((dh.getParameters().getP().bitLength() + 7) / 8, dh.getY());
            default ->
                throw new IllegalArgumentException(
                        "unsupported key " + publicKey.getClass().getSimpleName());
        };
    }

    /** ECDH: x-coordinate of the shared point, field size; DH: the shared value, modulus size. */
    public static byte[] sharedSecret(AsymmetricKeyParameter terminalPrivate, AsymmetricKeyParameter chipPublic) {
        return switch (terminalPrivate) {
            case ECPrivateKeyParameters ec -> {
                ECDHBasicAgreement agreement = new ECDHBasicAgreement();
                agreement.init(ec);
                yield BigIntegers.asUnsignedByteArray(
                        agreement.getFieldSize(), agreement.calculateAgreement(chipPublic));
            }
            case DHPrivateKeyParameters dh -> {
                DHBasicAgreement agreement = new DHBasicAgreement();
                agreement.init(dh);
                yield BigIntegers.asUnsignedByteArray(
                        agreement.getFieldSize(), agreement.calculateAgreement(chipPublic));
            }
            default ->
                throw new IllegalArgumentException(
                        "unsupported key " + terminalPrivate.getClass().getSimpleName());
        };
    }

    /** KSenc (counter 1) and KSmac (counter 2) with the send-sequence counter reset to zero. */
    public static SessionKeys sessionKeys(byte[] sharedSecret, ChipAuthenticationInfo.Cipher cipher) {
        byte[] encKey = kdf(sharedSecret, 1, cipher);
        byte[] macKey = kdf(sharedSecret, 2, cipher);
        SmCipher smCipher = cipher == ChipAuthenticationInfo.Cipher.DESEDE_CBC_CBC ? SmCipher.DESEDE : SmCipher.AES;
        SessionKeys keys = new SessionKeys(smCipher, encKey, macKey, new byte[smCipher == SmCipher.AES ? 16 : 8]);
        Arrays.fill(encKey, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
        return keys;
    }

    /**
     * ICAO 9303-11 §9.7.1: 3DES and AES-128 take SHA-1(K ‖ c) truncated to 16 bytes (3DES with
     * DES parity adjusted); AES-192 and AES-256 take SHA-256(K ‖ c) truncated to 24 / 32 bytes.
     */
    public static byte[] kdf(byte[] sharedSecret, int counter, ChipAuthenticationInfo.Cipher cipher) {
        Digest digest = switch (cipher) {
            case DESEDE_CBC_CBC, AES_CBC_CMAC_128 -> Crypto.newDigest("SHA-1");
            case AES_CBC_CMAC_192, AES_CBC_CMAC_256 -> Crypto.newDigest("SHA-256");
        };
        byte[] counterBytes = {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter
        };
        byte[] key = Arrays.copyOf(Crypto.hash(digest, sharedSecret, counterBytes), cipher.keyLength());
        if (cipher == ChipAuthenticationInfo.Cipher.DESEDE_CBC_CBC) {
            for (int i = 0; i < key.length; i++) {
                int b = key[i] & 0xFE;
                key[i] = (byte) (b | (Integer.bitCount(b) % 2 == 0 ? 1 : 0));
            }
        }
        return key;
    }
}
