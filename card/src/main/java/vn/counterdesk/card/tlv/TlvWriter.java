package vn.counterdesk.card.tlv;

import java.io.ByteArrayOutputStream;

/** DER encoding of tags and definite lengths, for building command data objects. */
public final class TlvWriter {

    private TlvWriter() {}

    public static byte[] encode(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 8);
        writeTag(out, tag);
        writeLength(out, value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** Concatenates encoded objects into the value of a constructed one. */
    public static byte[] constructed(int tag, byte[]... encodedChildren) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] child : encodedChildren) {
            body.writeBytes(child);
        }
        return encode(tag, body.toByteArray());
    }

    private static void writeTag(ByteArrayOutputStream out, int tag) {
        if (tag > 0xFFFF) {
            out.write(tag >>> 16);
        }
        if (tag > 0xFF) {
            out.write(tag >>> 8);
        }
        out.write(tag);
    }

    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length <= 0xFF) {
            out.write(0x81);
            out.write(length);
        } else if (length <= 0xFFFF) {
            out.write(0x82);
            out.write(length >>> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >>> 16);
            out.write(length >>> 8);
            out.write(length);
        }
    }
}
