package vn.counterdesk.card.lds.dg14;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * {@code ChipAuthenticationPublicKeyInfo}: the chip's static CA public key.
 *
 * @param protocol id-PK-ECDH (0.4.0.127.0.7.2.2.1.2) or id-PK-DH (0.4.0.127.0.7.2.2.1.1)
 * @param publicKey the key with its domain parameters (often explicit EC parameters)
 * @param keyId the key reference, matched against {@link ChipAuthenticationInfo#keyId()}
 */
public record ChipAuthenticationPublicKeyInfo(
        ASN1ObjectIdentifier protocol, SubjectPublicKeyInfo publicKey, Optional<BigInteger> keyId) {

    public static final ASN1ObjectIdentifier ID_PK_DH = new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.1");
    public static final ASN1ObjectIdentifier ID_PK_ECDH = new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2");
}
