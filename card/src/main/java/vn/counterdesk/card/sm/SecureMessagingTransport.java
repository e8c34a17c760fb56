package vn.counterdesk.card.sm;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.card.Bytes;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;
import vn.counterdesk.card.tlv.TlvWriter;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * ICAO 9303-11 §9.8 secure messaging over a plain transport, for 3DES and AES sessions.
 *
 * <p>Every command is wrapped (DO87 / DO85 for odd INS, DO97 for Le, DO8E MAC) and every response
 * MAC is verified before its data is used; a bad or missing MAC throws
 * {@link SecureMessagingException} and leaves the session closed. The SSC is incremented once
 * before each command and once before each response, as the standard requires.
 */
public final class SecureMessagingTransport implements SecureSession {

    private static final int DO_ENCRYPTED_ODD = 0x85;
    private static final int DO_ENCRYPTED = 0x87;
    private static final int DO_LE = 0x97;
    private static final int DO_STATUS = 0x99;
    private static final int DO_MAC = 0x8E;

    private final ApduTransport link;
    private SmCipher cipher;
    private SmCrypto crypto;
    private byte[] encKey;
    private byte[] macKey;
    private byte[] ssc;
    private boolean open = true;

    public SecureMessagingTransport(ApduTransport link, SessionKeys keys) {
        this.link = link;
        install(keys);
    }

    @Override
    public SmCipher cipher() {
        return cipher;
    }

    @Override
    public void switchKeys(SessionKeys keys) {
        wipe();
        install(keys);
        open = true;
    }

    /** The current send-sequence counter (a copy), for tests and diagnostics. */
    public byte[] sendSequenceCounter() {
        return ssc.clone();
    }

    /**
     * Largest number of plain bytes one short READ BINARY can return under this session: the
     * padded cryptogram plus DO87/DO99/DO8E overhead must fit in 256 response bytes.
     */
    public int maxShortReadLength() {
        int block = crypto.blockSize();
        // DO87: tag 1 + length 2 (81 xx) + indicator 1 + cryptogram; DO99: 4; DO8E: 10.
        int cryptogram = ((CommandApdu.MAX_SHORT_NE - 1 - 2 - 1 - 4 - 10) / block) * block;
        return cryptogram - 1; // padding method 2 always adds at least one byte
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardIoException {
        if (!open) {
            throw new SecureMessagingException("secure messaging session is closed");
        }
        CommandApdu wrapped = wrap(command);
        ResponseApdu response;
        try {
            response = link.transmit(wrapped);
        } catch (CardIoException e) {
            close();
            throw e;
        }
        return unwrap(response);
    }

    CommandApdu wrap(CommandApdu command) {
        increment(ssc);
        int cla = command.cla() | 0x0C;
        byte[] header =
                crypto.pad(new byte[] {(byte) cla, (byte) command.ins(), (byte) command.p1(), (byte) command.p2()});
        ByteArrayOutputStream dos = new ByteArrayOutputStream();
        byte[] data = command.data();
        if (data.length > 0) {
            byte[] cryptogram = crypto.encrypt(encKey, ssc, crypto.pad(data));
            boolean oddIns = (command.ins() & 1) == 1;
            // Odd INS carries BER-TLV data: DO85 without the padding-content indicator.
            dos.writeBytes(
                    oddIns
                            ? TlvWriter.encode(DO_ENCRYPTED_ODD, cryptogram)
                            : TlvWriter.encode(DO_ENCRYPTED, Bytes.concat(new byte[] {1}, cryptogram)));
        }
        if (command.ne() > 0) {
            dos.writeBytes(TlvWriter.encode(DO_LE, encodeLe(command.ne())));
        }
        byte[] objects = dos.toByteArray();
        byte[] mac = crypto.mac(macKey, crypto.pad(Bytes.concat(ssc, header, objects)));
        byte[] body = Bytes.concat(objects, TlvWriter.encode(DO_MAC, mac));
        int ne = command.ne() > maxShortReadLength() || body.length > 255
                ? CommandApdu.MAX_EXTENDED_NE
                : CommandApdu.MAX_SHORT_NE;
        return new CommandApdu(cla, command.ins(), command.p1(), command.p2(), body, ne);
    }

    ResponseApdu unwrap(ResponseApdu response) throws SecureMessagingException {
        increment(ssc);
        byte[] body = response.data();
        if (body.length == 0) {
            // Chips answer errors (6A82 file absent, 6982, 6987/6988 SM error) in plain. Such a
            // response carries no data, so nothing unauthenticated reaches the caller; an SM error
            // from the chip means it has dropped the session.
            if (response.isSuccess() || response.sw() == 0x6987 || response.sw() == 0x6988) {
                close();
                throw new SecureMessagingException(
                        String.format("response without secure-messaging objects (SW %04X)", response.sw()));
            }
            return response;
        }
        List<Tlv> objects;
        try {
            objects = TlvReader.readAll(body);
        } catch (TlvParseException e) {
            close();
            throw new SecureMessagingException("malformed secure-messaging response: " + e.getMessage());
        }
        Optional<Tlv> mac = find(objects, DO_MAC);
        Optional<Tlv> status = find(objects, DO_STATUS);
        if (mac.isEmpty() || status.isEmpty() || status.get().length() != 2) {
            close();
            throw new SecureMessagingException("response lacks DO99 status or DO8E MAC");
        }
        ByteArrayOutputStream macInput = new ByteArrayOutputStream();
        macInput.writeBytes(ssc);
        for (Tlv o : objects) {
            if (o.tag() == DO_MAC) {
                break;
            }
            macInput.writeBytes(o.encode());
        }
        byte[] expected = crypto.mac(macKey, crypto.pad(macInput.toByteArray()));
        if (!MessageDigest.isEqual(expected, mac.get().value())) {
            close();
            throw new SecureMessagingException("response MAC does not verify");
        }
        byte[] sw = status.get().value();
        int statusWord = ((sw[0] & 0xFF) << 8) | (sw[1] & 0xFF);
        byte[] plain = new byte[0];
        Optional<Tlv> encrypted = find(objects, DO_ENCRYPTED).or(() -> find(objects, DO_ENCRYPTED_ODD));
        if (encrypted.isPresent()) {
            plain = decryptDataObject(encrypted.get());
        }
        return new ResponseApdu(plain, statusWord);
    }

    private byte[] decryptDataObject(Tlv object) throws SecureMessagingException {
        byte[] value = object.value();
        byte[] cryptogram;
        if (object.tag() == DO_ENCRYPTED) {
            if (value.length < 1 || value[0] != 1) {
                close();
                throw new SecureMessagingException("DO87 without padding indicator 01");
            }
            cryptogram = Arrays.copyOfRange(value, 1, value.length);
        } else {
            cryptogram = value;
        }
        if (cryptogram.length == 0 || cryptogram.length % crypto.blockSize() != 0) {
            close();
            throw new SecureMessagingException("cryptogram is not a whole number of blocks");
        }
        byte[] padded = crypto.decrypt(encKey, ssc, cryptogram);
        // DO85 (odd INS) carries no padding indicator, but its content is padded all the same.
        Optional<byte[]> plain = SmCrypto.unpad(padded);
        if (plain.isEmpty()) {
            close();
            throw new SecureMessagingException("bad padding in the response cryptogram");
        }
        return plain.get();
    }

    private static Optional<Tlv> find(List<Tlv> objects, int tag) {
        return objects.stream().filter(o -> o.tag() == tag).findFirst();
    }

    /** Le inside DO97: one byte for short Ne (256 → 00), two bytes for extended (65536 → 0000). */
    private static byte[] encodeLe(int ne) {
        if (ne <= CommandApdu.MAX_SHORT_NE) {
            return new byte[] {(byte) (ne == CommandApdu.MAX_SHORT_NE ? 0 : ne)};
        }
        int le = ne == CommandApdu.MAX_EXTENDED_NE ? 0 : ne;
        return new byte[] {(byte) (le >> 8), (byte) le};
    }

    private static void increment(byte[] counter) {
        for (int i = counter.length - 1; i >= 0; i--) {
            if (++counter[i] != 0) {
                return;
            }
        }
    }

    private void install(SessionKeys keys) {
        this.cipher = keys.cipher();
        this.crypto = SmCrypto.of(keys.cipher());
        this.encKey = keys.encKey();
        this.macKey = keys.macKey();
        this.ssc = keys.initialSsc();
    }

    private void wipe() {
        if (encKey != null) {
            Arrays.fill(encKey, (byte) 0);
            Arrays.fill(macKey, (byte) 0);
            Arrays.fill(ssc, (byte) 0);
        }
    }

    @Override
    public LinkCapabilities capabilities() {
        return link.capabilities();
    }

    @Override
    public byte[] atr() {
        return link.atr();
    }

    /** Ends the session and wipes its keys; the underlying transport stays open (its owner closes it). */
    @Override
    public void close() {
        open = false;
        wipe();
    }
}
