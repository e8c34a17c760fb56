package vn.counterdesk.store.clerk;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.counterdesk.store.crypto.Argon2Parameters;

/** Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}). */
public final class PasswordHasher {
    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Argon2Parameters parameters;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(Argon2Parameters parameters) {
        this.parameters = parameters;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = parameters.derive(utf8(password), salt, 32);
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Checks a password against a stored hash with the hash's own parameters; malformed hashes never match. */
    public boolean matches(char[] password, String stored) {
        var matcher = PHC.matcher(stored);
        if (!matcher.matches()) {
            return false;
        }
        var storedParameters = new Argon2Parameters(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
        byte[] salt = DECODER.decode(matcher.group(4));
        byte[] expected = DECODER.decode(matcher.group(5));
        byte[] actual = storedParameters.derive(utf8(password), salt, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] utf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
