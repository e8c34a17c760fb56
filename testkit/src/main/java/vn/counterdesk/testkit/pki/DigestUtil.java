package vn.counterdesk.testkit.pki;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

final class DigestUtil {

    private DigestUtil() {}

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
