package vn.counterdesk.store.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters.Builder;

/** Argon2id cost parameters; stored beside each derived value so they can be raised later. */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's recommended Argon2id setting (m = 19 MiB, t = 2, p = 1) raised to 64 MiB for an at-rest key. */
    public static final Argon2Parameters KEY_DERIVATION = new Argon2Parameters(65_536, 3, 1);

    /** For clerk passwords, checked at every login: OWASP minimum m = 19 MiB, t = 2. */
    public static final Argon2Parameters PASSWORD = new Argon2Parameters(19_456, 2, 1);

    public Argon2Parameters {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("invalid Argon2 parameters");
        }
    }

    /** Derives {@code length} bytes from the secret (Argon2id, version 1.3). */
    public byte[] derive(byte[] secret, byte[] salt, int length) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(secret, out);
        return out;
    }
}
