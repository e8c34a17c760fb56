package vn.counterdesk.pcsc;

import java.util.Arrays;
import java.util.HexFormat;

/** A card's Answer To Reset: identifies the card type, carries no personal data. */
public record Atr(byte[] bytes) {

    public Atr {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public String hex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Atr other && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Atr[" + hex() + "]";
    }
}
