package vn.counterdesk.card.sm;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HexFormat;
import vn.counterdesk.card.tlv.TlvWriter;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * Builds secure-messaging responses as the chip (or an attacker holding the session keys) would: DO87 with the
 * encrypted data, DO99 with the status, DO8E with a MAC computed for a chosen send-sequence counter.
 */
final class SmResponses {

    private static final HexFormat HEX = HexFormat.of();
    static final SessionKeys AES_KEYS = new SessionKeys(
            SmCipher.AES,
            HEX.parseHex("74B94F408BBB2CD92571FD5B6370A94CCE7A2FA42AE3EB4DA47B97CE6EAA24C6"),
            HEX.parseHex("9E28D5D9FF1D979BE752E8926BF0E1D35A440FC0AEFC4AA3BC5610055AC8B113"),
            HEX.parseHex("00000000000000000000000000000020"));

    private final SmCrypto crypto = SmCrypto.of(SmCipher.AES);

    /** The SSC after {@code steps} increments of the initial one (command and response each count one). */
    static byte[] ssc(int steps) {
        byte[] initial = AES_KEYS.initialSsc();
        byte[] value = new BigInteger(1, initial).add(BigInteger.valueOf(steps)).toByteArray();
        byte[] out = new byte[initial.length];
        int copy = Math.min(value.length, out.length);
        System.arraycopy(value, value.length - copy, out, out.length - copy, copy);
        return out;
    }

    /** An authentic response carrying {@code plain} (encrypted in DO87) and {@code sw}, MACed under {@code ssc}. */
    ResponseApdu encrypted(byte[] plain, int sw, byte[] ssc) {
        byte[] do87 = new byte[0];
        if (plain.length > 0) {
            byte[] cryptogram = crypto.encrypt(AES_KEYS.encKey(), ssc, crypto.pad(plain));
            byte[] value = new byte[cryptogram.length + 1];
            value[0] = 1;
            System.arraycopy(cryptogram, 0, value, 1, cryptogram.length);
            do87 = TlvWriter.encode(0x87, value);
        }
        byte[] objects = concat(do87, TlvWriter.encode(0x99, new byte[] {(byte) (sw >> 8), (byte) sw}));
        return macked(objects, sw, ssc);
    }

    /** {@code objects} (any bytes) followed by a DO8E MAC that verifies under {@code ssc}. */
    ResponseApdu macked(byte[] objects, int sw, byte[] ssc) {
        byte[] mac = crypto.mac(AES_KEYS.macKey(), crypto.pad(concat(ssc, objects)));
        return new ResponseApdu(concat(objects, TlvWriter.encode(0x8E, mac)), sw);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
