package vn.counterdesk.testkit.chip;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The chip side of Chip Authentication with ECDH and AES (Doc 9303-11 §6.2): MSE:Set AT selects
 * the protocol (and optionally the key), GENERAL AUTHENTICATE brings the terminal's ephemeral
 * public key, and the chip answers under the old session before both sides switch to keys derived
 * from the new shared secret with the SSC reset to zero.
 */
public final class ChipAuthenticationChip {

    /** id-CA-ECDH-AES-CBC-CMAC-128 (0.4.0.127.0.7.2.2.3.2.2). */
    public static final byte[] CA_OID = HexFormat.of().parseHex("04007F00070202030202");

    private final EcGroup group;
    private final BigInteger privateKey;
    private final Optional<BigInteger> keyId;
    private boolean selected;

    public ChipAuthenticationChip(EcGroup group, BigInteger privateKey, Optional<BigInteger> keyId) {
        this.group = group;
        this.privateKey = privateKey;
        this.keyId = keyId;
    }

    /** A CA step result. */
    public sealed interface Outcome {
        /** MSE accepted. */
        record Selected() implements Outcome {}

        /** Answer under the current keys, then continue with {@code next}. */
        record SwitchKeys(byte[] response, ChipSecureChannel next) implements Outcome {}

        record Refused(int sw) implements Outcome {}
    }

    /** MSE:Set AT for internal authentication (P1P2 41A4). */
    public Outcome setAuthenticationTemplate(byte[] data) {
        selected = false;
        Optional<byte[]> oid = TlvList.find(data, 0x80);
        if (!TlvList.wellFormed(data) || oid.isEmpty()) {
            return new Outcome.Refused(0x6A80);
        }
        if (!MessageDigest.isEqual(oid.get(), CA_OID)) {
            return new Outcome.Refused(0x6A80);
        }
        Optional<BigInteger> requestedKey = TlvList.find(data, 0x84).map(v -> new BigInteger(1, v));
        if (requestedKey.isPresent() && !requestedKey.equals(keyId)) {
            return new Outcome.Refused(0x6A88);
        }
        selected = true;
        return new Outcome.Selected();
    }

    public Outcome generalAuthenticate(byte[] data) {
        if (!selected) {
            return new Outcome.Refused(0x6985);
        }
        selected = false;
        Optional<ECPoint> terminalKey = Tlv.whole(data)
                .filter(t -> t.tag() == 0x7C)
                .flatMap(t -> t.child(0x80))
                .flatMap(t -> group.decode(t.value()));
        if (terminalKey.isEmpty()) {
            return new Outcome.Refused(0x6A80);
        }
        byte[] secret = group.x(group.multiply(terminalKey.get(), privateKey));
        return new Outcome.SwitchKeys(Tlv.encode(0x7C, new byte[0]), ChipSecureChannel.aesFromSecret(secret));
    }
}
