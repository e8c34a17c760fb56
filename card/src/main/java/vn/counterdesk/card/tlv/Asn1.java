package vn.counterdesk.card.tlv;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Decoders for the few ASN.1 universal types LDS files use, all failing with {@link TlvParseException}. */
public final class Asn1 {

    public static final int INTEGER = 0x02;
    public static final int OCTET_STRING = 0x04;
    public static final int OBJECT_IDENTIFIER = 0x06;
    public static final int UTF8_STRING = 0x0C;
    public static final int PRINTABLE_STRING = 0x13;
    public static final int IA5_STRING = 0x16;
    public static final int SEQUENCE = 0x30;
    public static final int SET = 0x31;

    private Asn1() {}

    /** A small non-negative INTEGER (versions, field numbers, parameter ids). */
    public static int smallInteger(Tlv tlv) throws TlvParseException {
        expect(tlv, INTEGER);
        byte[] v = tlv.value();
        if (v.length == 0 || v.length > 4) {
            throw new TlvParseException("INTEGER of " + v.length + " bytes where a small number is expected");
        }
        BigInteger value = new BigInteger(v);
        if (value.signum() < 0) {
            throw new TlvParseException("negative INTEGER where a small number is expected");
        }
        return value.intValueExact();
    }

    /** Dotted form of an OBJECT IDENTIFIER value. */
    public static String objectIdentifier(Tlv tlv) throws TlvParseException {
        expect(tlv, OBJECT_IDENTIFIER);
        byte[] v = tlv.value();
        if (v.length == 0 || (v[v.length - 1] & 0x80) != 0) {
            throw new TlvParseException("truncated OBJECT IDENTIFIER");
        }
        StringBuilder out = new StringBuilder();
        long arc = 0;
        boolean first = true;
        for (byte b : v) {
            if (arc > (Long.MAX_VALUE >> 7)) {
                throw new TlvParseException("OBJECT IDENTIFIER arc too large");
            }
            arc = (arc << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (first) {
                    int top = arc < 40 ? 0 : arc < 80 ? 1 : 2;
                    out.append(top).append('.').append(arc - 40L * top);
                    first = false;
                } else {
                    out.append('.').append(arc);
                }
                arc = 0;
            }
        }
        return out.toString();
    }

    /** DER value bytes of a dotted OBJECT IDENTIFIER. */
    public static byte[] encodeObjectIdentifier(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeArc(out, Long.parseLong(parts[0]) * 40 + Long.parseLong(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            writeArc(out, Long.parseLong(parts[i]));
        }
        return out.toByteArray();
    }

    /** UTF8String, PrintableString or IA5String text. */
    public static String text(Tlv tlv) throws TlvParseException {
        if (!isString(tlv)) {
            throw new TlvParseException(String.format("expected a string, found tag %X", tlv.tag()));
        }
        return new String(tlv.value(), tlv.tag() == UTF8_STRING ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    public static boolean isString(Tlv tlv) {
        return tlv.tag() == UTF8_STRING || tlv.tag() == PRINTABLE_STRING || tlv.tag() == IA5_STRING;
    }

    public static void expect(Tlv tlv, int tag) throws TlvParseException {
        if (tlv.tag() != tag) {
            throw new TlvParseException(String.format("expected tag %X, found %X", tag, tlv.tag()));
        }
    }

    private static void writeArc(ByteArrayOutputStream out, long arc) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int b = (int) ((arc >>> (7 * i)) & 0x7F);
            out.write(i == 0 ? b : b | 0x80);
        }
    }
}
