package vn.counterdesk.card.access;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import vn.counterdesk.card.Bytes;
import vn.counterdesk.card.lds.SecurityInfos;
import vn.counterdesk.card.lds.SecurityInfos.PaceInfo;
import vn.counterdesk.card.sm.SecureMessagingTransport;
import vn.counterdesk.card.sm.SessionKeys;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.card.sm.SmCrypto;
import vn.counterdesk.card.tlv.Asn1;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;
import vn.counterdesk.card.tlv.TlvWriter;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * PACE with ECDH Generic Mapping (ICAO 9303-11 §4.4, worked example Appendix G.1), 3DES or AES
 * secure messaging. Every point the chip sends is checked to lie on the curve and not be the
 * neutral element; the chip's token T_IC is verified before the session is handed out.
 */
public final class Pace {

    private static final System.Logger LOG = System.getLogger(Pace.class.getName());

    private static final String ECDH_GM = SecurityInfos.ID_PACE + ".2";
    private static final int SW_WRONG_DATA = 0x6A80;

    private Pace() {}

    /** True when this reader supports the PACEInfo's protocol and domain parameters. */
    public static boolean supports(PaceInfo info) {
        return info.protocol().startsWith(ECDH_GM + ".")
                && cipherSuite(info.protocol()).isPresent()
                && info.parameterId().flatMap(PaceDomainParameters::curve).isPresent();
    }

    /**
     * Runs PACE. {@code random} supplies the mapping private key, then the ephemeral private key
     * (each as many bytes as the curve order).
     */
    public static AccessResult open(ApduTransport card, PaceInfo info, PaceKey password, SecureRandom random)
            throws CardIoException {
        AccessMethod method = password.method();
        if (!supports(info)) {
            return new AccessResult.Failed(method, "PACE variant not supported: " + info.protocol());
        }
        Suite suite = cipherSuite(info.protocol()).orElseThrow();
        int parameterId = info.parameterId().orElseThrow();
        X9ECParameters curve = PaceDomainParameters.curve(parameterId).orElseThrow();
        SmCrypto crypto = SmCrypto.of(suite.cipher());
        byte[] oid = Asn1.encodeObjectIdentifier(info.protocol());

        ResponseApdu mse = card.transmit(mseSetAt(oid, password.keyReference(), Optional.of(parameterId)));
        if (mse.sw() == SW_WRONG_DATA) {
            // Parameter id 84 is conditional (Doc 9303-11 §4.4.4.1); some chips reject it.
            LOG.log(System.Logger.Level.DEBUG, "MSE:Set AT refused with parameter id, retrying without");
            mse = card.transmit(mseSetAt(oid, password.keyReference(), Optional.empty()));
        }
        if (!mse.isSuccess()) {
            return new AccessResult.Refused(method, mse.sw(), "MSE:Set AT");
        }

        byte[] kPi = KeyDerivation.derive(
                KeyDerivation.pacePassword(password), KeyDerivation.PACE, suite.cipher(), suite.keyLength());
        try {
            Step nonce = generalAuthenticate(card, true, TlvWriter.encode(0x7C, new byte[0]), 0x80);
            if (nonce instanceof Step.Error e) {
                return e.result(method, "GENERAL AUTHENTICATE (nonce)");
            }
            byte[] z = ((Step.Data) nonce).value();
            if (z.length == 0 || z.length % crypto.blockSize() != 0) {
                return new AccessResult.Failed(method, "encrypted nonce has a bad length");
            }
            BigInteger s = new BigInteger(1, crypto.cbc(false, kPi, new byte[crypto.blockSize()], z));

            BigInteger mapPrivate = privateKey(curve, random);
            ECPoint mapPublic = curve.getG().multiply(mapPrivate).normalize();
            Step map = generalAuthenticate(card, true, dynamicData(0x81, mapPublic.getEncoded(false)), 0x82);
            if (map instanceof Step.Error e) {
                return e.result(method, "GENERAL AUTHENTICATE (map)");
            }
            Optional<ECPoint> chipMap = validPoint(curve, ((Step.Data) map).value());
            if (chipMap.isEmpty()) {
                return new AccessResult.Failed(method, "chip mapping key is not a valid curve point");
            }
            ECPoint h = chipMap.get().multiply(mapPrivate);
            ECPoint mappedG = curve.getG().multiply(s).add(h).normalize();
            if (mappedG.isInfinity()) {
                return new AccessResult.Failed(method, "mapped generator is the point at infinity");
            }

            BigInteger ephemeralPrivate = privateKey(curve, random);
            ECPoint ephemeralPublic = mappedG.multiply(ephemeralPrivate).normalize();
            byte[] ourKey = ephemeralPublic.getEncoded(false);
            Step agreement = generalAuthenticate(card, true, dynamicData(0x83, ourKey), 0x84);
            if (agreement instanceof Step.Error e) {
                return e.result(method, "GENERAL AUTHENTICATE (key agreement)");
            }
            byte[] chipKeyBytes = ((Step.Data) agreement).value();
            Optional<ECPoint> chipKey = validPoint(curve, chipKeyBytes);
            if (chipKey.isEmpty()) {
                return new AccessResult.Failed(method, "chip ephemeral key is not a valid curve point");
            }
            if (chipKey.get().equals(ephemeralPublic)) {
                return new AccessResult.Failed(method, "chip echoed the terminal's ephemeral key");
            }
            ECPoint shared = chipKey.get().multiply(ephemeralPrivate).normalize();
            if (shared.isInfinity()) {
                return new AccessResult.Failed(method, "shared secret is the point at infinity");
            }
            int fieldBytes = (curve.getCurve().getFieldSize() + 7) / 8;
            byte[] secret = BigIntegers.asUnsignedByteArray(
                    fieldBytes, shared.getAffineXCoord().toBigInteger());
            byte[] encKey = KeyDerivation.derive(secret, KeyDerivation.ENC, suite.cipher(), suite.keyLength());
            byte[] macKey = KeyDerivation.derive(secret, KeyDerivation.MAC, suite.cipher(), suite.keyLength());
            Arrays.fill(secret, (byte) 0);

            byte[] terminalToken = authenticationToken(crypto, macKey, oid, chipKeyBytes);
            Step tokens = generalAuthenticate(card, false, dynamicData(0x85, terminalToken), 0x86);
            if (tokens instanceof Step.Error e) {
                return e.result(method, "GENERAL AUTHENTICATE (mutual authentication)");
            }
            byte[] chipToken = ((Step.Data) tokens).value();
            byte[] expected = authenticationToken(crypto, macKey, oid, ourKey);
            if (!MessageDigest.isEqual(expected, chipToken)) {
                return new AccessResult.Failed(method, "chip authentication token T_IC does not verify");
            }
            SessionKeys keys =
                    new SessionKeys(suite.cipher(), encKey, macKey, new byte[suite.cipher() == SmCipher.AES ? 16 : 8]);
            Arrays.fill(encKey, (byte) 0);
            Arrays.fill(macKey, (byte) 0);
            SecureMessagingTransport session = new SecureMessagingTransport(card, keys);
            keys.destroy();
            return new AccessResult.Opened(session, method);
        } catch (TlvParseException e) {
            return new AccessResult.Failed(method, "malformed GENERAL AUTHENTICATE answer: " + e.getMessage());
        } finally {
            Arrays.fill(kPi, (byte) 0);
        }
    }

    static CommandApdu mseSetAt(byte[] oid, int keyReference, Optional<Integer> parameterId) {
        byte[] data = Bytes.concat(
                TlvWriter.encode(0x80, oid),
                TlvWriter.encode(0x83, new byte[] {(byte) keyReference}),
                parameterId
                        .map(id -> TlvWriter.encode(0x84, new byte[] {id.byteValue()}))
                        .orElse(new byte[0]));
        return new CommandApdu(0x00, 0x22, 0xC1, 0xA4, data);
    }

    /** T = MAC(KSmac, 7F49 {06 OID, 86 point}); AES-CMAC over the raw input, retail MAC over padded input. */
    static byte[] authenticationToken(SmCrypto crypto, byte[] macKey, byte[] oid, byte[] point) {
        byte[] input = TlvWriter.constructed(0x7F49, TlvWriter.encode(0x06, oid), TlvWriter.encode(0x86, point));
        return crypto.mac(macKey, crypto == SmCrypto.AES ? input : crypto.pad(input));
    }

    private sealed interface Step {
        record Data(byte[] value) implements Step {}

        record Error(int sw) implements Step {
            AccessResult result(AccessMethod method, String step) {
                return new AccessResult.Refused(method, sw, step);
            }
        }
    }

    /** One GENERAL AUTHENTICATE: sends 7C{tag data}, returns the single object inside the answer's 7C. */
    private static Step generalAuthenticate(ApduTransport card, boolean chained, byte[] body, int answerTag)
            throws CardIoException, TlvParseException {
        ResponseApdu response =
                card.transmit(new CommandApdu(chained ? 0x10 : 0x00, 0x86, 0x00, 0x00, body, CommandApdu.MAX_SHORT_NE));
        if (!response.isSuccess()) {
            return new Step.Error(response.sw());
        }
        Tlv outer = TlvReader.readSingle(response.data());
        Asn1.expect(outer, 0x7C);
        Tlv inner = outer.requireChild(answerTag);
        return new Step.Data(inner.value());
    }

    private static byte[] dynamicData(int tag, byte[] value) {
        return TlvWriter.encode(0x7C, TlvWriter.encode(tag, value));
    }

    private static Optional<ECPoint> validPoint(X9ECParameters curve, byte[] encoded) {
        int fieldBytes = (curve.getCurve().getFieldSize() + 7) / 8;
        if (encoded.length != 1 + 2 * fieldBytes || encoded[0] != 0x04) {
            return Optional.empty();
        }
        try {
            ECPoint p = curve.getCurve().decodePoint(encoded);
            if (p.isInfinity() || !p.isValid()) {
                return Optional.empty();
            }
            return Optional.of(p.normalize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static BigInteger privateKey(X9ECParameters curve, SecureRandom random) {
        BigInteger n = curve.getN();
        byte[] bytes = new byte[(n.bitLength() + 7) / 8];
        while (true) {
            random.nextBytes(bytes);
            BigInteger d = new BigInteger(1, bytes);
            if (d.signum() > 0 && d.compareTo(n) < 0) {
                Arrays.fill(bytes, (byte) 0);
                return d;
            }
        }
    }

    private record Suite(SmCipher cipher, int keyLength) {}

    private static Optional<Suite> cipherSuite(String protocol) {
        String last = protocol.substring(protocol.lastIndexOf('.') + 1);
        return switch (last) {
            case "1" -> Optional.of(new Suite(SmCipher.DESEDE, 16));
            case "2" -> Optional.of(new Suite(SmCipher.AES, 16));
            case "3" -> Optional.of(new Suite(SmCipher.AES, 24));
            case "4" -> Optional.of(new Suite(SmCipher.AES, 32));
            default -> Optional.empty();
        };
    }
}
