package vn.counterdesk.testkit.chip;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * One BER-TLV object as found in command data (tags of one or two bytes, definite lengths). Reading
 * never throws: malformed input yields an empty result that the caller turns into a status word.
 */
public record Tlv(int tag, byte[] value, int encodedLength) {

    public Tlv {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public static Optional<Tlv> read(byte[] data, int offset) {
        int p = offset;
        if (p >= data.length) {
            return Optional.empty();
        }
        int tag = data[p++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            if (p >= data.length) {
                return Optional.empty();
            }
            tag = (tag << 8) | (data[p++] & 0xFF);
        }
        if (p >= data.length) {
            return Optional.empty();
        }
        int first = data[p++] & 0xFF;
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > 3 || p + count > data.length) {
                return Optional.empty();
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (data[p++] & 0xFF);
            }
        }
        if (length > data.length - p) {
            return Optional.empty();
        }
        return Optional.of(new Tlv(tag, Arrays.copyOfRange(data, p, p + length), p + length - offset));
    }

    /** Reads the single object that makes up {@code data}, or empty when there is more or less. */
    public static Optional<Tlv> whole(byte[] data) {
        return read(data, 0).filter(tlv -> tlv.encodedLength() == data.length);
    }

    /** The first child with {@code tag} inside a constructed value. */
    public Optional<Tlv> child(int wanted) {
        int offset = 0;
        while (offset < value.length) {
            Optional<Tlv> next = read(value, offset);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get().tag() == wanted) {
                return next;
            }
            offset += next.get().encodedLength();
        }
        return Optional.empty();
    }

    public static byte[] encode(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag);
        writeLength(out, value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write(length >> 8);
            out.write(length);
        }
    }
}
