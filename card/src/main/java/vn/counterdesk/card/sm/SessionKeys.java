package vn.counterdesk.card.sm;

import java.util.Arrays;

/**
 * Keys and starting send-sequence counter of a secure-messaging session. Holders call
 * {@link #destroy()} when the session ends so key bytes do not linger on the heap.
 */
public record SessionKeys(SmCipher cipher, byte[] encKey, byte[] macKey, byte[] initialSsc) {

    public SessionKeys {
        encKey = encKey.clone();
        macKey = macKey.clone();
        initialSsc = initialSsc.clone();
        int sscLength = cipher == SmCipher.AES ? 16 : 8;
        if (initialSsc.length != sscLength) {
            throw new IllegalArgumentException("SSC must be " + sscLength + " bytes for " + cipher);
        }
    }

    @Override
    public byte[] encKey() {
        return encKey.clone();
    }

    @Override
    public byte[] macKey() {
        return macKey.clone();
    }

    @Override
    public byte[] initialSsc() {
        return initialSsc.clone();
    }

    /** Overwrites the key material held by this record. */
    public void destroy() {
        Arrays.fill(encKey, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
    }

    @Override
    public String toString() {
        return "SessionKeys[" + cipher + ", keys redacted]";
    }
}
