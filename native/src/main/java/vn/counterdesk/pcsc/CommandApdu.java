package vn.counterdesk.pcsc;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An ISO/IEC 7816-4 command APDU. {@code ne} is the number of expected response bytes: 0 means no
 * Le field; 256 (short) or 65536 (extended) means "as many as available".
 *
 * <p>The encoding switches to extended length only when the data or {@code ne} does not fit the
 * short form, so callers never pick the form by hand.
 */
public record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne) {

    public static final int MAX_SHORT_NE = 256;
    public static final int MAX_EXTENDED_NE = 65536;

    public CommandApdu {
        checkByte("CLA", cla);
        checkByte("INS", ins);
        checkByte("P1", p1);
        checkByte("P2", p2);
        data = data == null ? new byte[0] : data.clone();
        if (data.length > 65535) {
            throw new IllegalArgumentException("command data longer than 65535 bytes");
        }
        if (ne < 0 || ne > MAX_EXTENDED_NE) {
            throw new IllegalArgumentException("Ne out of range: " + ne);
        }
    }

    public CommandApdu(int cla, int ins, int p1, int p2) {
        this(cla, ins, p1, p2, new byte[0], 0);
    }

    public CommandApdu(int cla, int ins, int p1, int p2, byte[] data) {
        this(cla, ins, p1, p2, data, 0);
    }

    public CommandApdu(int cla, int ins, int p1, int p2, int ne) {
        this(cla, ins, p1, p2, new byte[0], ne);
    }

    /** Parses an encoded APDU (cases 1–4, short or extended). */
    public static CommandApdu parse(byte[] apdu) {
        if (apdu.length < 4) {
            throw new IllegalArgumentException("APDU shorter than 4 bytes");
        }
        int cla = apdu[0] & 0xFF, ins = apdu[1] & 0xFF, p1 = apdu[2] & 0xFF, p2 = apdu[3] & 0xFF;
        int rest = apdu.length - 4;
        if (rest == 0) {
            return new CommandApdu(cla, ins, p1, p2);
        }
        int b0 = apdu[4] & 0xFF;
        if (rest == 1) {
            return new CommandApdu(cla, ins, p1, p2, new byte[0], b0 == 0 ? 256 : b0);
        }
        if (b0 != 0) { // short form
            int lc = b0;
            if (rest == 1 + lc) {
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + lc), 0);
            }
            if (rest == 2 + lc) {
                int le = apdu[5 + lc] & 0xFF;
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + lc), le == 0 ? 256 : le);
            }
            throw new IllegalArgumentException("inconsistent short APDU length");
        }
        // extended form: 00 followed by two bytes
        if (rest == 3) {
            int le = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, new byte[0], le == 0 ? 65536 : le);
        }
        int lc = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (lc == 0 || rest < 3 + lc) {
            throw new IllegalArgumentException("inconsistent extended APDU length");
        }
        byte[] body = Arrays.copyOfRange(apdu, 7, 7 + lc);
        if (rest == 3 + lc) {
            return new CommandApdu(cla, ins, p1, p2, body, 0);
        }
        if (rest == 5 + lc) {
            int le = ((apdu[7 + lc] & 0xFF) << 8) | (apdu[8 + lc] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, body, le == 0 ? 65536 : le);
        }
        throw new IllegalArgumentException("inconsistent extended APDU length");
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** True when this command needs the extended-length encoding. */
    public boolean isExtended() {
        return data.length > 255 || ne > MAX_SHORT_NE;
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 9);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        boolean extended = isExtended();
        if (data.length > 0) {
            if (extended) {
                out.write(0);
                out.write(data.length >> 8);
                out.write(data.length);
            } else {
                out.write(data.length);
            }
            out.write(data, 0, data.length);
        }
        if (ne > 0) {
            if (extended) {
                if (data.length == 0) {
                    out.write(0);
                }
                int le = ne == MAX_EXTENDED_NE ? 0 : ne;
                out.write(le >> 8);
                out.write(le);
            } else {
                out.write(ne == MAX_SHORT_NE ? 0 : ne);
            }
        }
        return out.toByteArray();
    }

    /** Header only (CLA INS P1 P2), safe for traces: never the data. */
    public String header() {
        return HexFormat.of().withUpperCase().formatHex(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2});
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandApdu c
                && c.cla == cla
                && c.ins == ins
                && c.p1 == p1
                && c.p2 == p2
                && c.ne == ne
                && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "CommandApdu[" + header() + ", Lc=" + data.length + ", Ne=" + ne + "]";
    }

    private static void checkByte(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }
}
