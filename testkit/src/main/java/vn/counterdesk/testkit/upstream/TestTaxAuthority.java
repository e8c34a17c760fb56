package vn.counterdesk.testkit.upstream;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test tax-authority signing identity: an RSA-2048 key and a self-signed certificate. Not a real
 * CQT certificate; a client trusts it only when configured to (e.g. with {@link #writeCertificatePem}).
 */
public final class TestTaxAuthority {

    public static final String SUBJECT = "CN=Cuc Thue (TEST - CounterDesk upstream simulator),O=Test,C=VN";

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private TestTaxAuthority(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    private static final class Shared {
        static final TestTaxAuthority GENUINE = generate();
        static final TestTaxAuthority IMPOSTOR = generate();
    }

    /** One identity per JVM: RSA key generation takes seconds on a loaded machine. */
    public static TestTaxAuthority shared() {
        return Shared.GENUINE;
    }

    /** A second per-JVM identity with the same subject but another key: what a forger would use. */
    public static TestTaxAuthority sharedImpostor() {
        return Shared.IMPOSTOR;
    }

    /** A fresh identity; two calls give two different keys under the same subject (a forger's view). */
    public static TestTaxAuthority generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name(SUBJECT);
            var builder = new JcaX509v3CertificateBuilder(
                    subject,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    subject,
                    pair.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new TestTaxAuthority(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the test tax-authority key", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    public String certificatePem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    public void writeCertificatePem(Path file) throws IOException {
        Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
    }
}
