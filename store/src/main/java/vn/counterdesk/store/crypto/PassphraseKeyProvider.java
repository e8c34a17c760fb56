package vn.counterdesk.store.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps key material with AES-256-GCM under a key derived from a passphrase by Argon2id. Blob layout:
 * {@code "CDK1" | memoryKiB | iterations | parallelism | salt(16) | nonce(12) | ciphertext+tag}; the header is
 * authenticated as AAD so the cost parameters cannot be lowered by editing the file.
 */
public final class PassphraseKeyProvider implements KeyProvider {
    private static final byte[] MAGIC = "CDK1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int HEADER_BYTES = MAGIC.length + 12 + SALT_BYTES + NONCE_BYTES;

    private final byte[] passphrase;
    private final Argon2Parameters parameters;
    private final SecureRandom random = new SecureRandom();

    public PassphraseKeyProvider(char[] passphrase, Argon2Parameters parameters) {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        this.passphrase = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        this.parameters = parameters;
    }

    public PassphraseKeyProvider(char[] passphrase) {
        this(passphrase, Argon2Parameters.KEY_DERIVATION);
    }

    @Override
    public String id() {
        return "passphrase-argon2id";
    }

    @Override
    public byte[] wrap(byte[] keyMaterial) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        var header = ByteBuffer.allocate(HEADER_BYTES)
                .put(MAGIC)
                .putInt(parameters.memoryKiB())
                .putInt(parameters.iterations())
                .putInt(parameters.parallelism())
                .put(salt)
                .put(nonce)
                .array();
        byte[] kek = parameters.derive(passphrase, salt, 32);
        try {
            byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, kek, nonce, header).doFinal(keyMaterial);
            return ByteBuffer.allocate(header.length + ciphertext.length)
                    .put(header)
                    .put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    @Override
    public Optional<byte[]> unwrap(byte[] wrapped) {
        if (wrapped.length <= HEADER_BYTES || !Arrays.equals(MAGIC, Arrays.copyOf(wrapped, MAGIC.length))) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(wrapped, MAGIC.length, HEADER_BYTES - MAGIC.length);
        Argon2Parameters stored;
        try {
            stored = new Argon2Parameters(buffer.getInt(), buffer.getInt(), buffer.getInt());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(salt).get(nonce);
        byte[] header = Arrays.copyOf(wrapped, HEADER_BYTES);
        byte[] kek = stored.derive(passphrase, salt, 32);
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, kek, nonce, header)
                    .doFinal(wrapped, HEADER_BYTES, wrapped.length - HEADER_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad);
        return cipher;
    }

    @Override
    public String toString() {
        return "PassphraseKeyProvider[" + parameters + "]";
    }
}
