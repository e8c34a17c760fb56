package vn.counterdesk.testkit.chip;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/** Elliptic-curve arithmetic on one domain (brainpoolP256r1 for the Vietnamese card). */
public record EcGroup(ECCurve curve, ECPoint generator, BigInteger order) {

    /** Standardized domain parameter id 13 of Doc 9303-11 (brainpoolP256r1). */
    public static final int BRAINPOOL_P256R1_ID = 13;

    public static EcGroup brainpoolP256r1() {
        return named("brainpoolP256r1");
    }

    public static EcGroup named(String name) {
        X9ECParameters params = Optional.ofNullable(CustomNamedCurves.getByName(name))
                .orElseGet(() -> ECNamedCurveTable.getByName(name));
        return new EcGroup(params.getCurve(), params.getG(), params.getN());
    }

    public int fieldBytes() {
        return (curve.getFieldSize() + 7) / 8;
    }

    /**
     * Decodes an uncompressed point sent by the terminal; empty if it is malformed, off the
     * curve, or the point at infinity (all of which a chip must refuse).
     */
    public Optional<ECPoint> decode(byte[] encoded) {
        if (encoded.length != 1 + 2 * fieldBytes() || encoded[0] != 0x04) {
            return Optional.empty();
        }
        try {
            ECPoint point = curve.decodePoint(encoded);
            return point.isInfinity() || !point.isValid() ? Optional.empty() : Optional.of(point.normalize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public byte[] encode(ECPoint point) {
        return point.normalize().getEncoded(false);
    }

    /** The x-coordinate of a point as a fixed-length big-endian string (the ECDH shared secret). */
    public byte[] x(ECPoint point) {
        byte[] x = point.normalize().getAffineXCoord().toBigInteger().toByteArray();
        int length = fieldBytes();
        if (x.length == length) {
            return x;
        }
        byte[] out = new byte[length];
        int copy = Math.min(x.length, length);
        System.arraycopy(x, x.length - copy, out, length - copy, copy);
        return out;
    }

    public ECPoint multiply(ECPoint point, BigInteger scalar) {
        return point.multiply(scalar).normalize();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcGroup g && g.curve.equals(curve) && g.generator.equals(generator);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(generator.getEncoded(false));
    }
}
