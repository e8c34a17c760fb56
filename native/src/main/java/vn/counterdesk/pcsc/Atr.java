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

    /**
     * True when the bytes form a well-built ISO/IEC 7816-3 ATR: TS, T0, the interface bytes its
     * TDi chain announces, K historical bytes, and TCK exactly when a protocol other than T=0 is
     * indicated, with T0..TCK XOR-ing to zero. Never throws.
     */
    public boolean isWellFormed() {
        if (bytes.length < 2 || (bytes[0] != 0x3B && bytes[0] != 0x3F)) {
            return false;
        }
        int historical = bytes[1] & 0x0F;
        int index = 1;
        int indicator = bytes[1] & 0xF0;
        boolean tckRequired = false;
        while (true) {
            for (int mask = 0x10; mask <= 0x40; mask <<= 1) {
                index += (indicator & mask) != 0 ? 1 : 0;
            }
            if ((indicator & 0x80) == 0) {
                break;
            }
            index++;
            if (index >= bytes.length) {
                return false;
            }
            tckRequired |= (bytes[index] & 0x0F) != 0;
            indicator = bytes[index] & 0xF0;
        }
        int expectedLength = index + 1 + historical + (tckRequired ? 1 : 0);
        if (bytes.length != expectedLength) {
            return false;
        }
        int xor = 0;
        for (int i = 1; i < bytes.length; i++) {
            xor ^= bytes[i];
        }
        return !tckRequired || xor == 0;
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
