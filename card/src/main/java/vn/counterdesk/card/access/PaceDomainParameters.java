package vn.counterdesk.card.access;

import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/** Standardized ECDH domain parameters of ICAO 9303-11 §9.5.1 (Table 4), by parameter id. */
public final class PaceDomainParameters {

    private static final Map<Integer, String> EC_CURVES = Map.ofEntries(
            Map.entry(8, "secp192r1"),
            Map.entry(9, "brainpoolP192r1"),
            Map.entry(10, "secp224r1"),
            Map.entry(11, "brainpoolP224r1"),
            Map.entry(12, "secp256r1"),
            Map.entry(13, "brainpoolP256r1"),
            Map.entry(14, "brainpoolP320r1"),
            Map.entry(15, "secp384r1"),
            Map.entry(16, "brainpoolP384r1"),
            Map.entry(17, "brainpoolP512r1"),
            Map.entry(18, "secp521r1"));

    private PaceDomainParameters() {}

    /** The elliptic curve for {@code parameterId}; empty for DH groups (0–2) and unknown ids. */
    public static Optional<X9ECParameters> curve(int parameterId) {
        return Optional.ofNullable(EC_CURVES.get(parameterId)).map(ECNamedCurveTable::getByName);
    }
}
