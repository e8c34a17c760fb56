package vn.counterdesk.card.lds.dg15;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import vn.counterdesk.card.tlv.TlvReader;

/** Parses DG15 (tag 6F around a SubjectPublicKeyInfo); EC keys may carry explicit parameters. */
public final class Dg15Parser {

    private static final int DG15_TAG = 0x6F;

    private Dg15Parser() {}

    public static ActiveAuthenticationPublicKey parse(byte[] dg15) throws Dg15ParseException {
        byte[] spki = TlvReader.unwrap(dg15, DG15_TAG)
                .orElseThrow(() -> new Dg15ParseException("DG15: expected tag 6F with a complete length"));
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(spki));
        } catch (java.io.IOException | RuntimeException e) {
            throw new Dg15ParseException("DG15: not a SubjectPublicKeyInfo", e);
        }
        return switch (key) {
            case RSAKeyParameters rsa -> new ActiveAuthenticationPublicKey.Rsa(rsa);
            case ECPublicKeyParameters ec -> new ActiveAuthenticationPublicKey.Ec(ec);
            default ->
                throw new Dg15ParseException(
                        "DG15: unsupported key type " + key.getClass().getSimpleName());
        };
    }
}
