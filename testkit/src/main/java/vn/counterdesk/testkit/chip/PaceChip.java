package vn.counterdesk.testkit.chip;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Optional;
import javax.crypto.Cipher;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The chip side of PACE with ECDH Generic Mapping and AES-128 (Doc 9303-11 §4.4, Appendix G.1):
 * MSE:Set AT chooses the password, then four GENERAL AUTHENTICATE steps run the nonce, the
 * mapping, the key agreement and the token exchange. A wrong password shows up as a token that
 * does not verify (SW 6300).
 */
public final class PaceChip {

    /** id-PACE-ECDH-GM-AES-CBC-CMAC-128 (0.4.0.127.0.7.2.2.4.2.2). */
    public static final byte[] PACE_OID = java.util.HexFormat.of().parseHex("04007F00070202040202");
    /** MSE key reference of the MRZ password. */
    public static final int PASSWORD_MRZ = 1;
    /** MSE key reference of the CAN. */
    public static final int PASSWORD_CAN = 2;

    private final EcGroup group = EcGroup.brainpoolP256r1();
    private final PacePasswords passwords;
    private final ChipRandom random;
    private Step step = Step.IDLE;
    private byte[] passwordKey = new byte[0];
    private BigInteger nonce = BigInteger.ZERO;
    private ECPoint mappedGenerator;
    private ECPoint terminalKey;
    private ECPoint chipPublicKey;
    private byte[] macKey = new byte[0];
    private byte[] sharedSecret = new byte[0];

    /** The passwords this chip accepts, by key reference: MRZ information and CAN. */
    public record PacePasswords(String mrzInformation, String can) {
        @Override
        public String toString() {
            return "PacePasswords[redacted]";
        }
    }

    public PaceChip(PacePasswords passwords, ChipRandom random) {
        this.passwords = passwords;
        this.random = random;
    }

    private enum Step {
        IDLE,
        NONCE,
        MAP,
        AGREE,
        TOKENS
    }

    /** A PACE step result: data for the terminal, or a refusal; the last step opens the session. */
    public sealed interface Outcome {
        record Continue(byte[] response) implements Outcome {}

        record Established(byte[] response, ChipSecureChannel channel) implements Outcome {}

        record Refused(int sw) implements Outcome {}
    }

    /** MSE:Set AT (P1P2 C1A4). */
    public Outcome setAuthenticationTemplate(byte[] data) {
        step = Step.IDLE;
        Optional<byte[]> oid = TlvList.find(data, 0x80);
        Optional<byte[]> keyRef = TlvList.find(data, 0x83);
        Optional<byte[]> parameterId = TlvList.find(data, 0x84);
        if (oid.isEmpty() || keyRef.isEmpty() || !TlvList.wellFormed(data)) {
            return new Outcome.Refused(0x6A80);
        }
        if (!MessageDigest.isEqual(oid.get(), PACE_OID)) {
            return new Outcome.Refused(0x6A80);
        }
        if (parameterId.isPresent()
                && (parameterId.get().length != 1 || parameterId.get()[0] != EcGroup.BRAINPOOL_P256R1_ID)) {
            return new Outcome.Refused(0x6A80);
        }
        if (keyRef.get().length != 1) {
            return new Outcome.Refused(0x6A80);
        }
        byte[] encodedPassword;
        switch (keyRef.get()[0]) {
            case PASSWORD_MRZ ->
                encodedPassword = ChipCrypto.sha1(
                        passwords.mrzInformation().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case PASSWORD_CAN -> encodedPassword = passwords.can().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            default -> {
                return new Outcome.Refused(0x6A88);
            }
        }
        passwordKey = ChipCrypto.deriveKey(encodedPassword, ChipCrypto.KDF_PACE, SmFlavour.AES);
        step = Step.NONCE;
        return new Outcome.Continue(new byte[0]);
    }

    /** GENERAL AUTHENTICATE; the step is implied by the protocol state. */
    public Outcome generalAuthenticate(byte[] data) {
        Optional<Tlv> template = Tlv.whole(data).filter(t -> t.tag() == 0x7C);
        if (template.isEmpty()) {
            return fail(0x6A80);
        }
        return switch (step) {
            case IDLE -> fail(0x6985);
            case NONCE -> encryptedNonce(template.get());
            case MAP -> map(template.get());
            case AGREE -> agree(template.get());
            case TOKENS -> tokens(template.get());
        };
    }

    private Outcome encryptedNonce(Tlv template) {
        if (template.value().length != 0) {
            return fail(0x6A80);
        }
        byte[] s = random.bytes(16);
        nonce = new BigInteger(1, s);
        byte[] z = ChipCrypto.aesCbc(Cipher.ENCRYPT_MODE, passwordKey, new byte[16], s);
        step = Step.MAP;
        return new Outcome.Continue(Tlv.encode(0x7C, Tlv.encode(0x80, z)));
    }

    private Outcome map(Tlv template) {
        Optional<ECPoint> terminalMapKey = template.child(0x81).flatMap(t -> group.decode(t.value()));
        if (terminalMapKey.isEmpty()) {
            return fail(0x6A80);
        }
        BigInteger chipMapSecret = random.scalar(group.order());
        ECPoint chipMapKey = group.multiply(group.generator(), chipMapSecret);
        ECPoint h = group.multiply(terminalMapKey.get(), chipMapSecret);
        mappedGenerator = group.generator().multiply(nonce).add(h).normalize();
        if (mappedGenerator.isInfinity()) {
            return fail(0x6A80);
        }
        step = Step.AGREE;
        return new Outcome.Continue(Tlv.encode(0x7C, Tlv.encode(0x82, group.encode(chipMapKey))));
    }

    private Outcome agree(Tlv template) {
        Optional<ECPoint> received = template.child(0x83).flatMap(t -> group.decode(t.value()));
        if (received.isEmpty()) {
            return fail(0x6A80);
        }
        BigInteger chipSecret = random.scalar(group.order());
        ECPoint chipKey = group.multiply(mappedGenerator, chipSecret);
        if (chipKey.equals(received.get())) {
            return fail(0x6A80); // Doc 9303-11: the chip must check PK_IFD ≠ PK_IC
        }
        terminalKey = received.get();
        sharedSecret = group.x(group.multiply(terminalKey, chipSecret));
        macKey = ChipCrypto.deriveKey(sharedSecret, ChipCrypto.KDF_MAC, SmFlavour.AES);
        chipPublicKey = chipKey;
        step = Step.TOKENS;
        return new Outcome.Continue(Tlv.encode(0x7C, Tlv.encode(0x84, group.encode(chipKey))));
    }

    private Outcome tokens(Tlv template) {
        Optional<byte[]> terminalToken = template.child(0x85).map(Tlv::value);
        if (terminalToken.isEmpty()) {
            return fail(0x6A80);
        }
        byte[] expected = authenticationToken(macKey, chipPublicKey);
        if (!MessageDigest.isEqual(expected, terminalToken.get())) {
            return fail(0x6300);
        }
        byte[] chipToken = authenticationToken(macKey, terminalKey);
        ChipSecureChannel channel = ChipSecureChannel.aesFromSecret(sharedSecret);
        step = Step.IDLE;
        return new Outcome.Established(Tlv.encode(0x7C, Tlv.encode(0x86, chipToken)), channel);
    }

    /** T = CMAC(KSmac, 7F49 { 06 OID, 86 public point })[0..7]. */
    static byte[] authenticationToken(byte[] macKey, ECPoint point) {
        byte[] template = Tlv.encode(
                0x7F49,
                ChipCrypto.concat(
                        Tlv.encode(0x06, PACE_OID),
                        Tlv.encode(0x86, point.normalize().getEncoded(false))));
        return ChipCrypto.cmac8(macKey, template);
    }

    private Outcome fail(int sw) {
        step = Step.IDLE;
        return new Outcome.Refused(sw);
    }
}
