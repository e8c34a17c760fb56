package vn.counterdesk.card.lds.dg14;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * {@code ActiveAuthenticationInfo} (2.23.136.1.1.5): the signature algorithm of ECDSA Active
 * Authentication, which fixes the hash the chip uses.
 */
public record ActiveAuthenticationInfo(int version, ASN1ObjectIdentifier signatureAlgorithm) {

    public static final ASN1ObjectIdentifier ID_AA = new ASN1ObjectIdentifier("2.23.136.1.1.5");
}
