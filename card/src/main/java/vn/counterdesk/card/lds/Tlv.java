package vn.counterdesk.card.lds;

import java.util.Arrays;
import java.util.Optional;

/**
 * Minimal BER-TLV reading for the outer wrapper of LDS files (EF.COM {@code 60}, EF.SOD {@code 77},
 * DG14 {@code 6E}, DG15 {@code 6F}). Anything malformed yields an empty result, never an exception.
 */
public final class Tlv {

    private Tlv() {}

    /** The value of the TLV at {@code offset} if its tag is {@code expectedTag}, as [valueStart, valueEnd). */
    public static Optional<int[]> valueBounds(byte[] data, int offset, int expectedTag) {
        if (offset < 0 || offset >= data.length) {
            return Optional.empty();
        }
        int position = offset;
        int tag = data[position++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            if (position >= data.length) {
                return Optional.empty();
            }
            tag = (tag << 8) | (data[position++] & 0xFF);
        }
        if (tag != expectedTag || position >= data.length) {
            return Optional.empty();
        }
        int first = data[position++] & 0xFF;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > 3 || position + count > data.length) {
                return Optional.empty();
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (data[position++] & 0xFF);
            }
        }
        if (position + length > data.length) {
            return Optional.empty();
        }
        return Optional.of(new int[] {position, (int) (position + length)});
    }

    /** The value of a file that must consist of exactly one TLV with {@code expectedTag} (trailing padding allowed). */
    public static Optional<byte[]> unwrap(byte[] file, int expectedTag) {
        return valueBounds(file, 0, expectedTag).map(bounds -> Arrays.copyOfRange(file, bounds[0], bounds[1]));
    }
}
