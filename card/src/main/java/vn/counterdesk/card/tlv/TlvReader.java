package vn.counterdesk.card.tlv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strict BER-TLV reader. Definite lengths only (ICAO 9303 data groups are DER); every length is
 * checked against the bytes that remain, so truncated or oversized input becomes a
 * {@link TlvParseException}, never an index or arithmetic error.
 */
public final class TlvReader {

    /** Tags longer than three bytes do not occur in ICAO 9303 or ISO 7816-4 objects we read. */
    private static final int MAX_TAG_BYTES = 3;
    /** Four length bytes address far more than any chip file (EF max 32767 or 65535 bytes). */
    private static final int MAX_LENGTH_BYTES = 4;

    private final byte[] bytes;
    private final int end;
    private int position;

    private TlvReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    /** Parses exactly one object that must span the whole input. */
    public static Tlv readSingle(byte[] bytes) throws TlvParseException {
        TlvReader reader = new TlvReader(bytes, 0, bytes.length);
        Tlv tlv = reader.next();
        if (reader.position != bytes.length) {
            throw new TlvParseException(
                    String.format("%d trailing bytes after tag %X", bytes.length - reader.position, tlv.tag()));
        }
        return tlv;
    }

    /** Parses one object at the start of the input and ignores what follows (e.g. file padding). */
    public static Tlv readFirst(byte[] bytes) throws TlvParseException {
        return new TlvReader(bytes, 0, bytes.length).next();
    }

    /**
     * The value of a file that is one object with {@code expectedTag} (trailing file padding ignored); empty when
     * the file is malformed or carries another tag, for callers that refuse with their own typed error.
     */
    public static Optional<byte[]> unwrap(byte[] file, int expectedTag) {
        try {
            Tlv first = readFirst(file);
            return first.tag() == expectedTag ? Optional.of(first.value()) : Optional.empty();
        } catch (TlvParseException malformed) {
            return Optional.empty();
        }
    }

    /** Parses a concatenation of objects. */
    public static List<Tlv> readAll(byte[] bytes) throws TlvParseException {
        TlvReader reader = new TlvReader(bytes, 0, bytes.length);
        List<Tlv> out = new ArrayList<>();
        while (reader.position < reader.end) {
            out.add(reader.next());
        }
        return out;
    }

    /**
     * Header of a TLV object from its first bytes: the total encoded size (tag + length + value),
     * used to learn a file's length from a short first read.
     */
    public static Header readHeader(byte[] prefix) throws TlvParseException {
        TlvReader reader = new TlvReader(prefix, 0, prefix.length);
        int tag = reader.readTag();
        int length = reader.readLength();
        return new Header(tag, reader.position, length);
    }

    /** Tag, header size and value length of an object. */
    public record Header(int tag, int headerLength, int valueLength) {
        public int totalLength() {
            return headerLength + valueLength;
        }
    }

    private Tlv next() throws TlvParseException {
        int tag = readTag();
        int length = readLength();
        if (length > end - position) {
            throw new TlvParseException(String.format(
                    "tag %X at offset %d declares %d bytes, only %d remain", tag, position, length, end - position));
        }
        byte[] value = new byte[length];
        System.arraycopy(bytes, position, value, 0, length);
        position += length;
        return new Tlv(tag, value);
    }

    private int readTag() throws TlvParseException {
        int start = position;
        int first = readByte("tag");
        if (first == 0x00 || first == 0xFF) {
            throw new TlvParseException(String.format("invalid tag byte %02X at offset %d", first, start));
        }
        int tag = first;
        if ((first & 0x1F) == 0x1F) {
            int count = 1;
            int b;
            do {
                b = readByte("tag");
                if (++count > MAX_TAG_BYTES) {
                    throw new TlvParseException("tag longer than " + MAX_TAG_BYTES + " bytes at offset " + start);
                }
                tag = (tag << 8) | b;
            } while ((b & 0x80) != 0);
        }
        return tag;
    }

    private int readLength() throws TlvParseException {
        int start = position;
        int first = readByte("length");
        if (first < 0x80) {
            return first;
        }
        if (first == 0x80) {
            throw new TlvParseException("indefinite length not allowed at offset " + start);
        }
        int count = first & 0x7F;
        if (count > MAX_LENGTH_BYTES) {
            throw new TlvParseException("length field of " + count + " bytes at offset " + start);
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | readByte("length");
        }
        if (length > Integer.MAX_VALUE) {
            throw new TlvParseException("length overflow at offset " + start);
        }
        return (int) length;
    }

    private int readByte(String what) throws TlvParseException {
        if (position >= end) {
            throw new TlvParseException("truncated " + what + " at offset " + position);
        }
        return bytes[position++] & 0xFF;
    }
}
