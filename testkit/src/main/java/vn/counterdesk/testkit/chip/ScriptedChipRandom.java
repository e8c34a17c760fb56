package vn.counterdesk.testkit.chip;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/**
 * A chip random source that hands out pre-chosen values in order, for replaying worked examples.
 * Asking for a length different from the next scripted value is a test-setup error.
 */
public final class ScriptedChipRandom implements ChipRandom {

    private final Deque<byte[]> values = new ArrayDeque<>();

    private ScriptedChipRandom(List<byte[]> values) {
        values.forEach(value -> this.values.add(value.clone()));
    }

    /** Values given as hex strings, consumed in order. */
    public static ScriptedChipRandom ofHex(String... hex) {
        return new ScriptedChipRandom(
                java.util.Arrays.stream(hex).map(HexFormat.of()::parseHex).toList());
    }

    @Override
    public byte[] bytes(int length) {
        byte[] next = values.poll();
        if (next == null) {
            throw new IllegalStateException("scripted random exhausted");
        }
        if (next.length != length) {
            throw new IllegalStateException("scripted value has " + next.length + " bytes, chip asked for " + length);
        }
        return next;
    }

    public boolean exhausted() {
        return values.isEmpty();
    }
}
