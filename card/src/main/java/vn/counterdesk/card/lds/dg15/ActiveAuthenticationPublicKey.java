package vn.counterdesk.card.lds.dg15;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/** The Active Authentication key of DG15: RSA (ISO/IEC 9796-2) or EC (ECDSA). */
public sealed interface ActiveAuthenticationPublicKey {

    record Rsa(RSAKeyParameters key) implements ActiveAuthenticationPublicKey {}

    record Ec(ECPublicKeyParameters key) implements ActiveAuthenticationPublicKey {}
}
