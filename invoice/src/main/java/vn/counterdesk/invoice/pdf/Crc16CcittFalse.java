package vn.counterdesk.invoice.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor): the EMVCo QR checksum. */
public final class Crc16CcittFalse {

    private Crc16CcittFalse() {}

    public static int of(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    /** Four upper-case hex digits over the UTF-8 bytes of {@code text}, as written after tag {@code 6304}. */
    public static String hex(String text) {
        return HexFormat.of().withUpperCase().toHexDigits((short) of(text.getBytes(StandardCharsets.UTF_8)));
    }
}
