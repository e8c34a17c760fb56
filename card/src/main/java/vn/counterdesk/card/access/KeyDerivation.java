package vn.counterdesk.card.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import vn.counterdesk.card.sm.SmCipher;

/** The ICAO 9303-11 §9.7.1 key derivation function and the BAC/PACE password keys. */
public final class KeyDerivation {

    public static final int ENC = 1;
    public static final int MAC = 2;
    public static final int PACE = 3;

    private KeyDerivation() {}

    /**
     * KDF(K, c): SHA-1 for 3DES and AES-128 keys, SHA-256 for AES-192/256; 3DES keys get DES
     * parity.
     */
    public static byte[] derive(byte[] secret, int counter, SmCipher cipher, int keyLengthBytes) {
        byte[] input = Arrays.copyOf(secret, secret.length + 4);
        input[secret.length + 3] = (byte) counter;
        byte[] hash = digest(keyLengthBytes > 16 ? "SHA-256" : "SHA-1", input);
        byte[] key = Arrays.copyOf(hash, keyLengthBytes);
        return cipher == SmCipher.DESEDE ? withDesParity(key) : key;
    }

    /** Kseed of BAC: the first 16 bytes of SHA-1(MRZ_information). */
    public static byte[] bacSeed(String mrzInformation) {
        return Arrays.copyOf(digest("SHA-1", mrzInformation.getBytes(StandardCharsets.US_ASCII)), 16);
    }

    /** The PACE password K: SHA-1(MRZ_information) for MRZ, the ASCII text for CAN. */
    public static byte[] pacePassword(PaceKey key) {
        return switch (key) {
            case PaceKey.Can can -> can.digits().getBytes(StandardCharsets.US_ASCII);
            case PaceKey.Mrz mrz -> digest("SHA-1", mrz.bac().mrzInformation().getBytes(StandardCharsets.US_ASCII));
        };
    }

    static byte[] withDesParity(byte[] key) {
        byte[] out = key.clone();
        for (int i = 0; i < out.length; i++) {
            int b = out[i] & 0xFE;
            out[i] = (byte) (Integer.bitCount(b) % 2 == 0 ? b | 1 : b);
        }
        return out;
    }

    static byte[] digest(String algorithm, byte[] input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
