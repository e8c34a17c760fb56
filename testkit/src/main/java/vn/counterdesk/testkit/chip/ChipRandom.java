package vn.counterdesk.testkit.chip;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Every random choice the chip makes (BAC challenge and key share, PACE nonce, ephemeral keys, AA
 * nonce) comes from here, so a test can inject the values of an ICAO worked example and replay it
 * byte for byte.
 */
@FunctionalInterface
public interface ChipRandom {

    byte[] bytes(int length);

    /**
     * A private scalar in [1, order): drawn from {@link #bytes(int)} and redrawn until it fits, so
     * a scripted value that is already a valid key comes back unchanged.
     */
    default BigInteger scalar(BigInteger order) {
        int length = (order.bitLength() + 7) / 8;
        while (true) {
            BigInteger candidate = new BigInteger(1, bytes(length));
            if (candidate.signum() > 0 && candidate.compareTo(order) < 0) {
                return candidate;
            }
        }
    }

    /** The chip's normal source: the platform's strong random generator. */
    static ChipRandom secure() {
        SecureRandom random = new SecureRandom();
        return length -> {
            byte[] out = new byte[length];
            random.nextBytes(out);
            return out;
        };
    }
}
