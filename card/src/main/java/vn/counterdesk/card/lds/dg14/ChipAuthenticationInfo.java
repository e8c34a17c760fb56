package vn.counterdesk.card.lds.dg14;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * {@code ChipAuthenticationInfo} (ICAO 9303-11 §9.2.5): which CA protocol the chip runs, for which key.
 *
 * @param protocol e.g. id-CA-ECDH-AES-CBC-CMAC-128
 * @param version 1 (MSE:Set KAT for 3DES, MSE:Set AT + GENERAL AUTHENTICATE for AES) or 2
 * @param keyId the key reference when the chip holds several CA keys
 */
public record ChipAuthenticationInfo(ASN1ObjectIdentifier protocol, int version, Optional<BigInteger> keyId) {

    private static final String CA_ECDH = "0.4.0.127.0.7.2.2.3.2";
    private static final String CA_DH = "0.4.0.127.0.7.2.2.3.1";

    /** Key agreement family of this protocol. */
    public enum KeyAgreement {
        ECDH,
        DH
    }

    /** Secure-messaging cipher and key length that the protocol switches to. */
    public enum Cipher {
        DESEDE_CBC_CBC(16),
        AES_CBC_CMAC_128(16),
        AES_CBC_CMAC_192(24),
        AES_CBC_CMAC_256(32);

        private final int keyLength;

        Cipher(int keyLength) {
            this.keyLength = keyLength;
        }

        public int keyLength() {
            return keyLength;
        }
    }

    public static boolean isChipAuthenticationProtocol(ASN1ObjectIdentifier oid) {
        return oid.on(new ASN1ObjectIdentifier(CA_ECDH)) || oid.on(new ASN1ObjectIdentifier(CA_DH));
    }

    public KeyAgreement keyAgreement() {
        return protocol.on(new ASN1ObjectIdentifier(CA_ECDH)) ? KeyAgreement.ECDH : KeyAgreement.DH;
    }

    /** The cipher named by the last arc of the protocol OID, empty for an unknown arc. */
    public Optional<Cipher> cipher() {
        String id = protocol.getId();
        return switch (id.substring(id.lastIndexOf('.') + 1)) {
            case "1" -> Optional.of(Cipher.DESEDE_CBC_CBC);
            case "2" -> Optional.of(Cipher.AES_CBC_CMAC_128);
            case "3" -> Optional.of(Cipher.AES_CBC_CMAC_192);
            case "4" -> Optional.of(Cipher.AES_CBC_CMAC_256);
            default -> Optional.empty();
        };
    }
}
