package vn.counterdesk.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The store's two independent random keys: the data key (AES-256-GCM for personal fields and documents) and
 * the index key (HMAC-SHA256 for ID lookups, name tokens and the audit chain, each under its own derived
 * sub-key). Knowing index values never helps to decrypt, and vice versa.
 */
public final class StoreKeys {
    private static final int KEY_BYTES = 32;

    private final SecretKey dataKey;
    private final byte[] indexKey;

    private StoreKeys(byte[] material) {
        if (material.length != 2 * KEY_BYTES) {
            throw new IllegalArgumentException("key material must be 64 bytes");
        }
        this.dataKey = new SecretKeySpec(Arrays.copyOfRange(material, 0, KEY_BYTES), "AES");
        this.indexKey = Arrays.copyOfRange(material, KEY_BYTES, 2 * KEY_BYTES);
    }

    public static byte[] generateMaterial(SecureRandom random) {
        byte[] material = new byte[2 * KEY_BYTES];
        random.nextBytes(material);
        return material;
    }

    public static StoreKeys fromMaterial(byte[] material) {
        return new StoreKeys(material);
    }

    SecretKey dataKey() {
        return dataKey;
    }

    /** HMAC-SHA256 key for one purpose, derived as HMAC(indexKey, label) so purposes never share a key. */
    public byte[] indexSubKey(String label) {
        return hmac(indexKey, label.getBytes(StandardCharsets.UTF_8));
    }

    /** A value that identifies these keys without revealing them (checked when a file or backup is opened). */
    public byte[] fingerprint() {
        return Arrays.copyOf(indexSubKey("fingerprint"), 16);
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "StoreKeys[redacted]";
    }
}
