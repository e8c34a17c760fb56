package vn.counterdesk.testkit.chip;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;
import vn.counterdesk.testkit.chip.ChipCrypto.MalformedCryptogramException;

/**
 * The chip's half of a secure-messaging session (Doc 9303-11 §9.8): verifies and decrypts
 * protected commands, protects responses, and counts with the send sequence counter, which is
 * incremented before every command and again before every response.
 */
public final class ChipSecureChannel {

    /** SM data objects missing or malformed. */
    public static final int SW_SM_OBJECTS_MISSING = 0x6987;
    /** SM data objects incorrect (MAC or cryptogram). */
    public static final int SW_SM_OBJECTS_INCORRECT = 0x6988;

    private final SmFlavour flavour;
    private final byte[] encKey;
    private final byte[] macKey;
    private final byte[] ssc;

    public ChipSecureChannel(SmFlavour flavour, byte[] encKey, byte[] macKey, byte[] initialSsc) {
        if (initialSsc.length != flavour.blockSize()) {
            throw new IllegalArgumentException("SSC must be " + flavour.blockSize() + " bytes");
        }
        this.flavour = flavour;
        this.encKey = encKey.clone();
        this.macKey = macKey.clone();
        this.ssc = initialSsc.clone();
    }

    /** AES session after PACE or Chip Authentication: keys from the shared secret, SSC zero. */
    public static ChipSecureChannel aesFromSecret(byte[] sharedSecret) {
        return new ChipSecureChannel(
                SmFlavour.AES,
                ChipCrypto.deriveKey(sharedSecret, ChipCrypto.KDF_ENC, SmFlavour.AES),
                ChipCrypto.deriveKey(sharedSecret, ChipCrypto.KDF_MAC, SmFlavour.AES),
                new byte[16]);
    }

    public SmFlavour flavour() {
        return flavour;
    }

    /** The current send sequence counter (for tests replaying worked examples). */
    public byte[] ssc() {
        return ssc.clone();
    }

    /** The outcome of unwrapping one protected command. */
    public sealed interface Unwrapped {
        record Plain(CommandApdu command) implements Unwrapped {}

        /** The command failed SM checks; the session must end and this plain SW goes back. */
        record Rejected(int sw) implements Unwrapped {}
    }

    /** Verifies and decrypts a protected command (CLA with bits '0C'). */
    public Unwrapped unwrap(CommandApdu command) {
        increment();
        Optional<SmObjects> parsed = SmObjects.parse(command.data());
        if (parsed.isEmpty() || parsed.get().mac().isEmpty()) {
            return new Unwrapped.Rejected(SW_SM_OBJECTS_MISSING);
        }
        SmObjects objects = parsed.get();
        byte[] header = {(byte) (command.cla() | 0x0C), (byte) command.ins(), (byte) command.p1(), (byte) command.p2()};
        byte[] macInput = ChipCrypto.concat(ssc, ChipCrypto.pad(header, flavour.blockSize()), objects.macCovered());
        if (!java.security.MessageDigest.isEqual(mac(macInput), objects.mac().get())) {
            return new Unwrapped.Rejected(SW_SM_OBJECTS_INCORRECT);
        }
        byte[] data = new byte[0];
        if (objects.cryptogram().isPresent()) {
            byte[] cryptogram = objects.cryptogram().get();
            if (cryptogram.length == 0 || cryptogram.length % flavour.blockSize() != 0) {
                return new Unwrapped.Rejected(SW_SM_OBJECTS_INCORRECT);
            }
            try {
                data = ChipCrypto.unpad(crypt(Cipher.DECRYPT_MODE, cryptogram));
            } catch (MalformedCryptogramException e) {
                return new Unwrapped.Rejected(SW_SM_OBJECTS_INCORRECT);
            }
        }
        int ne = objects.expectedLength().map(ChipSecureChannel::decodeLe).orElse(0);
        int plainCla = command.cla() & ~0x0C;
        return new Unwrapped.Plain(new CommandApdu(plainCla, command.ins(), command.p1(), command.p2(), data, ne));
    }

    /** Protects a response: DO'87' with the encrypted data (if any), DO'99' status, DO'8E' MAC. */
    public ResponseApdu wrap(ResponseApdu plain) {
        increment();
        ByteArrayOutputStream covered = new ByteArrayOutputStream();
        byte[] data = plain.data();
        if (data.length > 0) {
            byte[] cryptogram = crypt(Cipher.ENCRYPT_MODE, ChipCrypto.pad(data, flavour.blockSize()));
            writeTlv(covered, 0x87, ChipCrypto.concat(new byte[] {1}, cryptogram));
        }
        writeTlv(covered, 0x99, new byte[] {(byte) plain.sw1(), (byte) plain.sw2()});
        byte[] coveredBytes = covered.toByteArray();
        byte[] mac = mac(ChipCrypto.concat(ssc, coveredBytes));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(coveredBytes);
        writeTlv(out, 0x8E, mac);
        return new ResponseApdu(out.toByteArray(), plain.sw());
    }

    /** Overwrites the key material; the channel is unusable afterwards. */
    public void destroy() {
        Arrays.fill(encKey, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
    }

    private byte[] mac(byte[] input) {
        byte[] padded = ChipCrypto.pad(input, flavour.blockSize());
        return flavour == SmFlavour.DESEDE ? ChipCrypto.retailMac(macKey, padded) : ChipCrypto.cmac8(macKey, padded);
    }

    private byte[] crypt(int mode, byte[] data) {
        if (flavour == SmFlavour.DESEDE) {
            return ChipCrypto.desEdeCbc(mode, encKey, data);
        }
        // AES SM: IV = E(KSenc, SSC) for the message being processed (Doc 9303-11 §9.8.6.1).
        byte[] iv = ChipCrypto.aesEcbEncrypt(encKey, ssc);
        return ChipCrypto.aesCbc(mode, encKey, iv, data);
    }

    private void increment() {
        byte[] next = new BigInteger(1, ssc).add(BigInteger.ONE).toByteArray();
        byte[] fitted = new byte[ssc.length];
        int copy = Math.min(next.length, ssc.length);
        System.arraycopy(next, next.length - copy, fitted, ssc.length - copy, copy);
        System.arraycopy(fitted, 0, ssc, 0, ssc.length);
    }

    private static int decodeLe(byte[] le) {
        int value = 0;
        for (byte b : le) {
            value = (value << 8) | (b & 0xFF);
        }
        if (value == 0) {
            return le.length >= 2 ? CommandApdu.MAX_EXTENDED_NE : CommandApdu.MAX_SHORT_NE;
        }
        return value;
    }

    static void writeTlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        Tlv.writeLength(out, value.length);
        out.writeBytes(value);
    }

    /** The SM data objects of a protected command. */
    private record SmObjects(
            Optional<byte[]> cryptogram, Optional<byte[]> expectedLength, Optional<byte[]> mac, byte[] macCovered) {

        static Optional<SmObjects> parse(byte[] data) {
            Optional<byte[]> cryptogram = Optional.empty();
            Optional<byte[]> le = Optional.empty();
            Optional<byte[]> mac = Optional.empty();
            ByteArrayOutputStream covered = new ByteArrayOutputStream();
            int offset = 0;
            while (offset < data.length) {
                Optional<Tlv> tlv = Tlv.read(data, offset);
                if (tlv.isEmpty()) {
                    return Optional.empty();
                }
                Tlv object = tlv.get();
                switch (object.tag()) {
                    case 0x87 -> {
                        byte[] value = object.value();
                        if (value.length < 1 || value[0] != 1) {
                            return Optional.empty();
                        }
                        cryptogram = Optional.of(Arrays.copyOfRange(value, 1, value.length));
                    }
                    case 0x85 -> cryptogram = Optional.of(object.value());
                    case 0x97 -> le = Optional.of(object.value());
                    case 0x8E -> mac = Optional.of(object.value());
                    default -> {
                        return Optional.empty();
                    }
                }
                if (object.tag() != 0x8E) {
                    covered.write(data, offset, object.encodedLength());
                }
                offset += object.encodedLength();
            }
            return Optional.of(new SmObjects(cryptogram, le, mac, covered.toByteArray()));
        }
    }
}
