package vn.counterdesk.card.tlv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One BER-TLV data object (ISO/IEC 7816-4 / X.690 DER subset used by ICAO 9303). The value is kept
 * as raw bytes; constructed objects are walked with {@link #children()}.
 *
 * @param tag the tag with all its bytes, e.g. {@code 0x5F1F}
 * @param value the value bytes
 */
public record Tlv(int tag, byte[] value) {

    public Tlv {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    /** Constructed encoding bit (b6 of the first tag byte). */
    public boolean isConstructed() {
        return (firstTagByte(tag) & 0x20) != 0;
    }

    /** The objects inside a constructed value. */
    public List<Tlv> children() throws TlvParseException {
        if (!isConstructed()) {
            throw new TlvParseException(String.format("tag %X is primitive, has no children", tag));
        }
        return TlvReader.readAll(value);
    }

    /** The first direct child with {@code childTag}. */
    public Optional<Tlv> child(int childTag) throws TlvParseException {
        for (Tlv c : children()) {
            if (c.tag == childTag) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first direct child with {@code childTag}, or a parse error naming it. */
    public Tlv requireChild(int childTag) throws TlvParseException {
        return child(childTag)
                .orElseThrow(() -> new TlvParseException(String.format("tag %X lacks required tag %X", tag, childTag)));
    }

    /** DER encoding of this object. */
    public byte[] encode() {
        return TlvWriter.encode(tag, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tlv t && t.tag == tag && Arrays.equals(t.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        // Values may hold personal data: only the shape is printed.
        return String.format("Tlv[tag=%X, length=%d]", tag, value.length);
    }

    static int firstTagByte(int tag) {
        int t = tag;
        while (t > 0xFF) {
            t >>>= 8;
        }
        return t;
    }

    /** Helper for callers that collect children into a list of a given tag. */
    public List<Tlv> childrenWithTag(int childTag) throws TlvParseException {
        List<Tlv> out = new ArrayList<>();
        for (Tlv c : children()) {
            if (c.tag == childTag) {
                out.add(c);
            }
        }
        return out;
    }
}
