package vn.counterdesk.testkit.chip;

import java.security.SecureRandom;

/** Adapts {@link ChipRandom} to the JCA so signature nonces also come from the injectable source. */
final class ChipSecureRandom extends SecureRandom {

    private final transient ChipRandom source;

    ChipSecureRandom(ChipRandom source) {
        this.source = source;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        byte[] drawn = source.bytes(bytes.length);
        System.arraycopy(drawn, 0, bytes, 0, bytes.length);
    }
}
