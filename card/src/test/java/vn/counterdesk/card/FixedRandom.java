package vn.counterdesk.card;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/** Stubbed randomness: hands out the given byte strings in order, one per nextBytes call. */
public final class FixedRandom extends SecureRandom {

    private final Deque<byte[]> values = new ArrayDeque<>();

    public FixedRandom(String... hex) {
        for (String h : hex) {
            values.add(HexFormat.of().parseHex(h.replace(" ", "")));
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        byte[] next = values.poll();
        if (next == null || next.length != bytes.length) {
            throw new IllegalStateException("scripted randomness exhausted or of the wrong size");
        }
        System.arraycopy(next, 0, bytes, 0, bytes.length);
    }
}
