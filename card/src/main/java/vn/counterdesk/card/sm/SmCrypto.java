package vn.counterdesk.card.sm;

import java.util.Arrays;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import vn.counterdesk.card.Bytes;

/**
 * The block-cipher primitives of ICAO 9303-11 secure messaging for one cipher suite: CBC
 * encryption with the suite's IV rule, the 8-byte MAC, and ISO/IEC 9797-1 padding method 2.
 * Stateless; keys are passed per call so the session owns (and wipes) them.
 */
public enum SmCrypto {
    DESEDE(8) {
        @Override
        byte[] iv(byte[] encKey, byte[] ssc) {
            return new byte[8]; // 3DES SM uses a zero IV (Doc 9303-11 §9.8.6.1)
        }

        @Override
        BlockCipher engine() {
            return new DESedeEngine();
        }

        @Override
        Mac newMac() {
            // Retail MAC: single-DES CBC, last block 3DES (ISO/IEC 9797-1 algorithm 3); input is pre-padded.
            return new ISO9797Alg3Mac(new DESEngine());
        }

        @Override
        KeyParameter cipherKey(byte[] key) {
            // 2-key 3DES: K3 = K1.
            byte[] k = key.length == 16 ? Bytes.concat(key, Arrays.copyOf(key, 8)) : key;
            return new KeyParameter(k);
        }
    },
    AES(16) {
        @Override
        byte[] iv(byte[] encKey, byte[] ssc) {
            // IV = E(KSenc, SSC) (Doc 9303-11 §9.8.6.2).
            BlockCipher engine = AESEngine.newInstance();
            engine.init(true, new KeyParameter(encKey));
            byte[] iv = new byte[16];
            engine.processBlock(ssc, 0, iv, 0);
            return iv;
        }

        @Override
        BlockCipher engine() {
            return AESEngine.newInstance();
        }

        @Override
        Mac newMac() {
            return new CMac(AESEngine.newInstance(), 64);
        }

        @Override
        KeyParameter cipherKey(byte[] key) {
            return new KeyParameter(key);
        }
    };

    public static final int MAC_LENGTH = 8;

    private final int blockSize;

    SmCrypto(int blockSize) {
        this.blockSize = blockSize;
    }

    public static SmCrypto of(SmCipher cipher) {
        return cipher == SmCipher.AES ? AES : DESEDE;
    }

    public int blockSize() {
        return blockSize;
    }

    abstract byte[] iv(byte[] encKey, byte[] ssc);

    abstract BlockCipher engine();

    abstract Mac newMac();

    abstract KeyParameter cipherKey(byte[] key);

    /** CBC-encrypts already padded data. */
    public byte[] encrypt(byte[] encKey, byte[] ssc, byte[] padded) {
        return cbc(true, encKey, iv(encKey, ssc), padded);
    }

    /** CBC-decrypts; the result still carries its padding. */
    public byte[] decrypt(byte[] encKey, byte[] ssc, byte[] cryptogram) {
        return cbc(false, encKey, iv(encKey, ssc), cryptogram);
    }

    /** CBC with an explicit IV, as BAC mutual authentication (zero IV) and PACE nonce decryption need. */
    public byte[] cbc(boolean encrypt, byte[] key, byte[] iv, byte[] data) {
        if (data.length % blockSize != 0) {
            throw new IllegalArgumentException("data is not a multiple of the block size");
        }
        CBCModeCipher cbc = CBCBlockCipher.newInstance(engine());
        cbc.init(encrypt, new ParametersWithIV(cipherKey(key), iv));
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i += blockSize) {
            cbc.processBlock(data, i, out, i);
        }
        return out;
    }

    /** The 8-byte MAC over {@code padded} (which the caller padded to the block size). */
    public byte[] mac(byte[] macKey, byte[] padded) {
        Mac mac = newMac();
        mac.init(new KeyParameter(macKey));
        mac.update(padded, 0, padded.length);
        byte[] full = new byte[mac.getMacSize()];
        mac.doFinal(full, 0);
        return Arrays.copyOf(full, MAC_LENGTH);
    }

    /** ISO/IEC 9797-1 padding method 2: 80 then zeros to the block size. */
    public byte[] pad(byte[] data) {
        int padded = (data.length / blockSize + 1) * blockSize;
        byte[] out = Arrays.copyOf(data, padded);
        out[data.length] = (byte) 0x80;
        return out;
    }

    /** Removes padding method 2, or returns empty when the padding is malformed. */
    public static java.util.Optional<byte[]> unpad(byte[] padded) {
        int i = padded.length - 1;
        while (i >= 0 && padded[i] == 0) {
            i--;
        }
        if (i < 0 || padded[i] != (byte) 0x80) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Arrays.copyOf(padded, i));
    }
}
