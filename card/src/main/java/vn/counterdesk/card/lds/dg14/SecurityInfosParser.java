package vn.counterdesk.card.lds.dg14;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.counterdesk.card.tlv.TlvReader;

/** Parses DG14 (tag 6E) or the bare SET OF SecurityInfo of EF.CardAccess (ICAO 9303-11 §9.2). */
public final class SecurityInfosParser {

    private static final int DG14_TAG = 0x6E;
    private static final ASN1ObjectIdentifier TA = new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.2");

    private SecurityInfosParser() {}

    /** Parses a DG14 file (tag 6E around the SET). */
    public static SecurityInfos parseDg14(byte[] dg14) throws SecurityInfosParseException {
        byte[] set = TlvReader.unwrap(dg14, DG14_TAG)
                .orElseThrow(() -> new SecurityInfosParseException("DG14: expected tag 6E with a complete length"));
        return parseSet(set);
    }

    /** Parses a DER SET OF SecurityInfo (the content of EF.CardAccess, or of DG14 inside its tag). */
    public static SecurityInfos parseSet(byte[] der) throws SecurityInfosParseException {
        try {
            ASN1Set set = ASN1Set.getInstance(ASN1Primitive.fromByteArray(der));
            return collect(set);
        } catch (IOException | RuntimeException e) {
            throw new SecurityInfosParseException("SecurityInfos: not a SET OF SecurityInfo", e);
        }
    }

    private static SecurityInfos collect(ASN1Set set) throws SecurityInfosParseException {
        List<ChipAuthenticationInfo> ca = new ArrayList<>();
        List<ChipAuthenticationPublicKeyInfo> keys = new ArrayList<>();
        Optional<ActiveAuthenticationInfo> aa = Optional.empty();
        boolean ta = false;
        List<ASN1ObjectIdentifier> others = new ArrayList<>();
        for (ASN1Encodable element : set) {
            ASN1Sequence info = ASN1Sequence.getInstance(element);
            if (info.size() < 2) {
                throw new SecurityInfosParseException("SecurityInfo: fewer than two elements");
            }
            ASN1ObjectIdentifier protocol = ASN1ObjectIdentifier.getInstance(info.getObjectAt(0));
            if (ChipAuthenticationInfo.isChipAuthenticationProtocol(protocol)) {
                ca.add(new ChipAuthenticationInfo(protocol, intAt(info, 1), optionalInteger(info, 2)));
            } else if (protocol.equals(ChipAuthenticationPublicKeyInfo.ID_PK_ECDH)
                    || protocol.equals(ChipAuthenticationPublicKeyInfo.ID_PK_DH)) {
                keys.add(new ChipAuthenticationPublicKeyInfo(
                        protocol, SubjectPublicKeyInfo.getInstance(info.getObjectAt(1)), optionalInteger(info, 2)));
            } else if (protocol.equals(ActiveAuthenticationInfo.ID_AA)) {
                if (info.size() < 3) {
                    throw new SecurityInfosParseException("ActiveAuthenticationInfo: no signature algorithm");
                }
                aa = Optional.of(new ActiveAuthenticationInfo(intAt(info, 1), signatureAlgorithm(info.getObjectAt(2))));
            } else if (protocol.equals(TA)) {
                ta = true;
            } else {
                others.add(protocol);
            }
        }
        return new SecurityInfos(ca, keys, aa, ta, others);
    }

    /** ICAO defines it as a bare OID; some issuers wrap it in an AlgorithmIdentifier. Accept both. */
    private static ASN1ObjectIdentifier signatureAlgorithm(ASN1Encodable value) {
        if (value instanceof ASN1ObjectIdentifier oid) {
            return oid;
        }
        return AlgorithmIdentifier.getInstance(value).getAlgorithm();
    }

    private static int intAt(ASN1Sequence sequence, int index) {
        return ASN1Integer.getInstance(sequence.getObjectAt(index)).intValueExact();
    }

    private static Optional<BigInteger> optionalInteger(ASN1Sequence sequence, int index) {
        return sequence.size() > index
                ? Optional.of(
                        ASN1Integer.getInstance(sequence.getObjectAt(index)).getValue())
                : Optional.empty();
    }
}
