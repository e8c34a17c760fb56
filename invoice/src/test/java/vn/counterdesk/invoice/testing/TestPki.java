package vn.counterdesk.invoice.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.counterdesk.invoice.sign.SigningCredential;

/**
 * A throw-away test CA issuing signing certificates shaped like Vietnamese ones ({@code UID=MST:<tax code>}),
 * generated at test time so no key is committed.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());
    private static final KeyPair CA_KEYS = rsaKeys();
    private static final X500Name CA_NAME = new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, "CounterDesk Test CA")
            .addRDN(BCStyle.CN, "CounterDesk Test CA")
            .build();

    private TestPki() {}

    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject of a seller certificate: C, ST, O, CN and UID=MST:taxCode. */
    public static X500Name sellerName(String commonName, String taxCode) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.ST, "Hồ Chí Minh")
                .addRDN(BCStyle.O, "Công ty TNHH Dịch vụ Quầy Giao Dịch")
                .addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.UID, "MST:" + taxCode)
                .build();
    }

    public static X509Certificate certificate(X500Name subject, PublicKey key, Instant notBefore, Duration validity) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    CA_NAME,
                    BigInteger.valueOf(SERIALS.incrementAndGet()),
                    Date.from(notBefore),
                    Date.from(notBefore.plus(validity)),
                    subject,
                    key);
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(CA_KEYS.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A seller credential valid from a day ago for a year. */
    public static SigningCredential seller(String commonName, String taxCode) {
        KeyPair keys = rsaKeys();
        X509Certificate certificate = certificate(
                sellerName(commonName, taxCode),
                keys.getPublic(),
                Instant.now().minus(Duration.ofDays(1)),
                Duration.ofDays(365));
        return new SigningCredential(keys.getPrivate(), certificate, java.util.Optional.empty());
    }

    /** Writes the credential as a PKCS#12 file. */
    public static Path pkcs12(SigningCredential credential, Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seller", credential.key(), password, new X509Certificate[] {credential.certificate()});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return file;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
