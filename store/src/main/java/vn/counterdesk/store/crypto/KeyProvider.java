package vn.counterdesk.store.crypto;

import java.util.Optional;

/**
 * Protects the store's key material at rest. The passphrase implementation derives a wrapping key with
 * Argon2id; an OS keystore implementation (Windows DPAPI, macOS Keychain, libsecret) can keep the wrapping
 * key out of the file entirely. The wrapped blob is stored in the database and is opaque to the store.
 */
public interface KeyProvider {
    /** Stable identifier recorded with the wrapped blob, e.g. {@code passphrase-argon2id}. */
    String id();

    byte[] wrap(byte[] keyMaterial);

    /** The key material, or empty when this provider's secret does not open the blob (wrong passphrase). */
    Optional<byte[]> unwrap(byte[] wrapped);
}
