package vn.counterdesk.testkit.chip;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The symmetric primitives of ICAO 9303-11 as the chip uses them: the SHA-1 key derivation, DES
 * parity, 2-key 3DES and AES in CBC mode, ISO/IEC 9797-1 MAC algorithm 3 and AES-CMAC, and
 * padding method 2. Written for the card side only, independently of the terminal code in
 * {@code card}, so the two check each other.
 */
public final class ChipCrypto {

    /** KDF counter for the encryption key (Doc 9303-11 §9.7.1). */
    public static final int KDF_ENC = 1;
    /** KDF counter for the MAC key. */
    public static final int KDF_MAC = 2;
    /** KDF counter for the PACE password key K_π. */
    public static final int KDF_PACE = 3;

    private ChipCrypto() {}

    public static byte[] sha1(byte[]... parts) {
        return digest("SHA-1", parts);
    }

    public static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + algorithm, e);
        }
    }

    /** KDF(K, c) = SHA-1(K ‖ c)[0..15] for 3DES (parity adjusted) and AES-128. */
    public static byte[] deriveKey(byte[] secret, int counter, SmFlavour flavour) {
        byte[] key = Arrays.copyOf(
                sha1(secret, ByteBuffer.allocate(4).putInt(counter).array()), 16);
        return flavour == SmFlavour.DESEDE ? withDesParity(key) : key;
    }

    /** Sets each byte's low bit so that the byte has odd parity, as DES keys require. */
    public static byte[] withDesParity(byte[] key) {
        byte[] out = key.clone();
        for (int i = 0; i < out.length; i++) {
            int b = out[i] & 0xFE;
            out[i] = (byte) (Integer.bitCount(b) % 2 == 0 ? b | 1 : b);
        }
        return out;
    }

    public static byte[] desEdeCbc(int mode, byte[] key16, byte[] data) {
        byte[] key24 = Arrays.copyOf(key16, 24);
        System.arraycopy(key16, 0, key24, 16, 8);
        return cipher("DESede/CBC/NoPadding", "DESede", mode, key24, new byte[8], data);
    }

    public static byte[] aesCbc(int mode, byte[] key, byte[] iv, byte[] data) {
        return cipher("AES/CBC/NoPadding", "AES", mode, key, iv, data);
    }

    public static byte[] aesEcbEncrypt(byte[] key, byte[] block) {
        return cipher("AES/ECB/NoPadding", "AES", Cipher.ENCRYPT_MODE, key, null, block);
    }

    /** ISO/IEC 9797-1 MAC algorithm 3 (retail MAC) over already padded data, 2-key 3DES. */
    public static byte[] retailMac(byte[] key16, byte[] padded) {
        byte[] k1 = Arrays.copyOfRange(key16, 0, 8);
        byte[] k2 = Arrays.copyOfRange(key16, 8, 16);
        byte[] chain = cipher("DES/CBC/NoPadding", "DES", Cipher.ENCRYPT_MODE, k1, new byte[8], padded);
        byte[] last = Arrays.copyOfRange(chain, chain.length - 8, chain.length);
        byte[] step = cipher("DES/ECB/NoPadding", "DES", Cipher.DECRYPT_MODE, k2, null, last);
        return cipher("DES/ECB/NoPadding", "DES", Cipher.ENCRYPT_MODE, k1, null, step);
    }

    /** AES-CMAC truncated to 8 bytes, the MAC of AES secure messaging and PACE tokens. */
    public static byte[] cmac8(byte[] key, byte[] data) {
        CMac mac = new CMac(AESEngine.newInstance());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Arrays.copyOf(out, 8);
    }

    /** ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a multiple of {@code block}. */
    public static byte[] pad(byte[] data, int block) {
        byte[] out = Arrays.copyOf(data, (data.length / block + 1) * block);
        out[data.length] = (byte) 0x80;
        return out;
    }

    /** Removes padding method 2; an absent marker is reported as a malformed cryptogram. */
    public static byte[] unpad(byte[] data) throws MalformedCryptogramException {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        if (i < 0 || data[i] != (byte) 0x80) {
            throw new MalformedCryptogramException("padding marker missing");
        }
        return Arrays.copyOf(data, i);
    }

    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            buffer.put(part);
        }
        return buffer.array();
    }

    private static byte[] cipher(
            String transformation, String algorithm, int mode, byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            SecretKeySpec spec = new SecretKeySpec(key, algorithm);
            if (iv == null) {
                cipher.init(mode, spec);
            } else {
                cipher.init(mode, spec, new IvParameterSpec(iv));
            }
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " failed", e);
        }
    }

    /** A cryptogram or padding that cannot be what an honest terminal sent. */
    public static final class MalformedCryptogramException extends Exception {
        public MalformedCryptogramException(String message) {
            super(message);
        }
    }
}
