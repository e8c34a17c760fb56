package vn.counterdesk.invoice.pdf;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.SignatureRole;
import vn.counterdesk.invoice.sign.SigningCredential;

/**
 * Signs test invoices with the invoice module's signer (1271 profile) using a throw-away RSA key and
 * a self-signed certificate whose subject carries {@code UID=MST:<seller tax code>}.
 */
final class TestSigner {

    static final String SIGNER_CN = "CÔNG TY TNHH DỊCH VỤ HÀNH CHÍNH ÁNH DƯƠNG";
    /** 09:41:27 in Vietnam (GMT+7). */
    static final Clock SIGNING_CLOCK = Clock.fixed(Instant.parse("2025-07-15T02:41:27Z"), ZoneOffset.UTC);

    private static final KeyPair KEYS = keys();
    static final X509Certificate CERTIFICATE = certificate(KEYS);

    private TestSigner() {}

    static byte[] sign(Document doc) throws Exception {
        return new InvoiceSigner(SIGNING_CLOCK)
                .sign(
                        SampleInvoice.serialise(doc),
                        new SigningCredential(KEYS.getPrivate(), CERTIFICATE, Optional.empty()),
                        SignatureRole.SELLER);
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(KeyPair keys) {
        try {
            X500Name subject = new X500Name(
                    "C=VN, O=" + SIGNER_CN + ", CN=" + SIGNER_CN + ", UID=MST:" + SampleInvoice.SELLER_MST);
            Instant now = Instant.parse("2025-01-01T00:00:00Z");
            var builder = new JcaX509v3CertificateBuilder(
                    subject,
                    BigInteger.valueOf(now.getEpochSecond()),
                    Date.from(now),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)),
                    subject,
                    keys.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
