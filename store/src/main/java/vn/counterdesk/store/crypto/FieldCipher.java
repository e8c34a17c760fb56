package vn.counterdesk.store.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import vn.counterdesk.store.db.StoreException;

/**
 * AES-256-GCM for one column value. Each ciphertext is {@code version(1) | nonce(12) | ciphertext+tag(16)}
 * with a fresh random nonce; the AAD names the table, column and row, so a ciphertext copied into another
 * row or column fails to authenticate instead of showing another person's data.
 */
public final class FieldCipher {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final StoreKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(StoreKeys keys) {
        this.keys = keys;
    }

    /** The additional authenticated data binding a value to its place. */
    public static byte[] aad(String table, String column, String rowIdentity) {
        return (table + '\u0000' + column + '\u0000' + rowIdentity).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] encrypt(byte[] plaintext, byte[] aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public byte[] encryptText(String text, byte[] aad) {
        return encrypt(text.getBytes(StandardCharsets.UTF_8), aad);
    }

    /** Decrypts; a value that does not authenticate (tampered, swapped, other key) is a store failure. */
    public byte[] decrypt(byte[] ciphertext, byte[] aad) {
        if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
            throw new StoreException("encrypted value has an unknown format");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, keys.dataKey(), new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new StoreException("encrypted value failed authentication (tampered or moved)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String decryptText(byte[] ciphertext, byte[] aad) {
        return new String(decrypt(ciphertext, aad), StandardCharsets.UTF_8);
    }

    /** Null-tolerant helper for optional columns read from JDBC. */
    public Optional<String> decryptOptionalText(byte[] sealedOrNull, byte[] aad) {
        return Optional.ofNullable(sealedOrNull).map(ciphertext -> decryptText(ciphertext, aad));
    }
}
