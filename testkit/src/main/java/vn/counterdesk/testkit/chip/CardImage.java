package vn.counterdesk.testkit.chip;

import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything personalised into one chip: the file contents exactly as the chip serves them, the
 * access passwords, and the private keys behind DG15 (Active Authentication) and DG14 (Chip
 * Authentication).
 */
public record CardImage(
        Map<ChipFile, byte[]> files,
        PaceChip.PacePasswords passwords,
        Optional<ActiveAuthenticationKey> activeAuthenticationKey,
        Optional<ChipAuthenticationKey> chipAuthenticationKey) {

    /** The static ECDH key pair of Chip Authentication. */
    public record ChipAuthenticationKey(EcGroup group, BigInteger privateKey, Optional<BigInteger> keyId) {
        @Override
        public String toString() {
            return "ChipAuthenticationKey[key redacted]";
        }
    }

    public CardImage {
        EnumMap<ChipFile, byte[]> copy = new EnumMap<>(ChipFile.class);
        files.forEach((file, bytes) -> copy.put(file, bytes.clone()));
        files = Collections.unmodifiableMap(copy);
    }

    /** The bytes of a file, if the chip has it. */
    public Optional<byte[]> file(ChipFile file) {
        return Optional.ofNullable(files.get(file)).map(byte[]::clone);
    }

    /** A copy with one file's content replaced (personalisation faults). */
    public CardImage withFile(ChipFile file, byte[] content) {
        EnumMap<ChipFile, byte[]> copy = new EnumMap<>(ChipFile.class);
        copy.putAll(files);
        copy.put(file, content);
        return new CardImage(copy, passwords, activeAuthenticationKey, chipAuthenticationKey);
    }

    public CardImage withActiveAuthenticationKey(ActiveAuthenticationKey key) {
        return new CardImage(files, passwords, Optional.of(key), chipAuthenticationKey);
    }

    @Override
    public String toString() {
        return "CardImage[" + files.keySet() + ", secrets redacted]";
    }
}
