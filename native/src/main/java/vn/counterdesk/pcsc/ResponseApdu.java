package vn.counterdesk.pcsc;

import java.util.Arrays;

/** An ISO/IEC 7816-4 response APDU: response data followed by the status word SW1 SW2. */
public record ResponseApdu(byte[] data, int sw) {

    public static final int SW_OK = 0x9000;

    public ResponseApdu {
        data = data == null ? new byte[0] : data.clone();
        if (sw < 0 || sw > 0xFFFF) {
            throw new IllegalArgumentException("status word out of range: " + sw);
        }
    }

    /** Parses data ‖ SW1 SW2 as received from a reader. */
    public static ResponseApdu parse(byte[] raw) {
        if (raw.length < 2) {
            throw new IllegalArgumentException("response shorter than 2 bytes");
        }
        int sw = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
        return new ResponseApdu(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    public static ResponseApdu of(int sw) {
        return new ResponseApdu(new byte[0], sw);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int sw1() {
        return sw >> 8;
    }

    public int sw2() {
        return sw & 0xFF;
    }

    public boolean isSuccess() {
        return sw == SW_OK;
    }

    public byte[] encode() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu r && r.sw == sw && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + sw;
    }

    @Override
    public String toString() {
        return String.format("ResponseApdu[%d bytes, SW=%04X]", data.length, sw);
    }
}
