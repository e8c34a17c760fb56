package vn.counterdesk.card.verify.aa;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.util.BigIntegers;
import vn.counterdesk.card.lds.dg14.ActiveAuthenticationInfo;
import vn.counterdesk.card.lds.dg15.ActiveAuthenticationPublicKey;
import vn.counterdesk.card.verify.Crypto;

/**
 * Verifies the chip's answer to INTERNAL AUTHENTICATE (ICAO 9303-11 §6.1): RSA with ISO/IEC 9796-2
 * digital signature scheme 1 (partial message recovery, the challenge is the non-recoverable part),
 * or ECDSA with the hash named in DG14's ActiveAuthenticationInfo, signature raw r‖s or DER.
 */
public final class ActiveAuthenticationVerifier {

    /** Result of checking one response. */
    public sealed interface Result {
        record Valid(String algorithm) implements Result {}

        record Invalid() implements Result {}

        /** The key or algorithm cannot be used (not the chip's fault that we cannot check). */
        record Unsupported(String messageKey) implements Result {}
    }

    /** ISO/IEC 10118-3 hash identifiers used in the two-byte 9796-2 trailer {@code xx CC}. */
    private static final Map<Integer, String> TRAILER_HASHES =
            Map.of(0x33, "SHA-1", 0x34, "SHA-256", 0x35, "SHA-512", 0x36, "SHA-384", 0x38, "SHA-224");

    private static final Map<String, String> ECDSA_HASHES = Map.ofEntries(
            Map.entry("0.4.0.127.0.7.1.1.4.1.1", "SHA-1"),
            Map.entry("0.4.0.127.0.7.1.1.4.1.2", "SHA-224"),
            Map.entry("0.4.0.127.0.7.1.1.4.1.3", "SHA-256"),
            Map.entry("0.4.0.127.0.7.1.1.4.1.4", "SHA-384"),
            Map.entry("0.4.0.127.0.7.1.1.4.1.5", "SHA-512"),
            Map.entry("1.2.840.10045.4.1", "SHA-1"),
            Map.entry("1.2.840.10045.4.3.1", "SHA-224"),
            Map.entry("1.2.840.10045.4.3.2", "SHA-256"),
            Map.entry("1.2.840.10045.4.3.3", "SHA-384"),
            Map.entry("1.2.840.10045.4.3.4", "SHA-512"));

    private ActiveAuthenticationVerifier() {}

    public static Result verify(
            ActiveAuthenticationPublicKey key,
            Optional<ActiveAuthenticationInfo> info,
            byte[] challenge,
            byte[] response) {
        return switch (key) {
            case ActiveAuthenticationPublicKey.Rsa rsa -> verifyRsa(rsa.key(), challenge, response);
            case ActiveAuthenticationPublicKey.Ec ec -> {
                Optional<String> hash = info.map(ActiveAuthenticationInfo::signatureAlgorithm)
                        .map(ASN1ObjectIdentifier::getId)
                        .map(ECDSA_HASHES::get);
                yield info.isEmpty()
                        ? new Result.Unsupported("active-auth.no-aa-info")
                        : hash.<Result>map(h -> verifyEcdsa(ec.key(), h, challenge, response))
                                .orElseGet(() -> new Result.Unsupported("active-auth.unsupported-algorithm"));
            }
        };
    }

    static Result verifyRsa(RSAKeyParameters key, byte[] challenge, byte[] response) {
        BigInteger n = key.getModulus();
        BigInteger signature = new BigInteger(1, response);
        if (signature.signum() == 0 || signature.compareTo(n) >= 0) {
            return new Result.Invalid();
        }
        int k = (n.bitLength() + 7) / 8;
        byte[] f = BigIntegers.asUnsignedByteArray(k, signature.modPow(key.getExponent(), n));
        // Header 0x6A: '01', partial recovery ('1'), no padding; ICAO moduli are whole bytes.
        if (f[0] != 0x6A) {
            return new Result.Invalid();
        }
        int last = f[k - 1] & 0xFF;
        String hashName;
        int trailerLength;
        if (last == 0xBC) {
            hashName = "SHA-1";
            trailerLength = 1;
        } else if (last == 0xCC && TRAILER_HASHES.containsKey(f[k - 2] & 0xFF)) {
            hashName = TRAILER_HASHES.get(f[k - 2] & 0xFF);
            trailerLength = 2;
        } else {
            return new Result.Invalid();
        }
        Digest digest = Crypto.newDigest(hashName);
        int hashLength = digest.getDigestSize();
        int digestStart = k - trailerLength - hashLength;
        if (digestStart <= 1) {
            return new Result.Invalid();
        }
        byte[] recovered = Arrays.copyOfRange(f, 1, digestStart);
        byte[] claimed = Arrays.copyOfRange(f, digestStart, k - trailerLength);
        byte[] computed = Crypto.hash(digest, recovered, challenge);
        return MessageDigest.isEqual(claimed, computed)
                ? new Result.Valid("RSA ISO/IEC 9796-2 " + hashName)
                : new Result.Invalid();
    }

    static Result verifyEcdsa(ECPublicKeyParameters key, String hashName, byte[] challenge, byte[] response) {
        byte[] hash = Crypto.hash(Crypto.newDigest(hashName), challenge);
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, key);
        int orderLength = (key.getParameters().getN().bitLength() + 7) / 8;
        if (response.length == 2 * orderLength) {
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(response, 0, orderLength));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(response, orderLength, response.length));
            if (signer.verifySignature(hash, r, s)) {
                return new Result.Valid("ECDSA " + hashName);
            }
        }
        Optional<BigInteger[]> der = derSignature(response);
        if (der.isPresent() && signer.verifySignature(hash, der.get()[0], der.get()[1])) {
            return new Result.Valid("ECDSA " + hashName);
        }
        return new Result.Invalid();
    }

    private static Optional<BigInteger[]> derSignature(byte[] response) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(response));
            if (sequence.size() != 2) {
                return Optional.empty();
            }
            return Optional.of(new BigInteger[] {
                ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(),
                ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue()
            });
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
