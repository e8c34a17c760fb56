package vn.counterdesk.testkit.pki;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

final class DigestUtil {

    private DigestUtil() {}

    static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    /** A JDK digest by name (SHA-256, SHA-1, MD5). */
    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
