package vn.counterdesk.testkit.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The test PKI of the virtual cards: a country signing CA on brainpoolP512r1 whose certificate
 * spells out the curve parameters explicitly (as the real Vietnamese CSCA does), and document
 * signer certificates it issues. Keys are deterministic, so the CSCA a test or a demo trusts is
 * the same in every run.
 */
public final class TestPki {

    public static final X500Name CSCA_NAME = new X500Name("C=VN,O=CounterDesk Test PKI,CN=CSCA CCCD TEST");
    public static final X500Name DS_NAME = new X500Name("C=VN,O=CounterDesk Test PKI,CN=DS CCCD TEST 01");

    private static final TestPki STANDARD = new TestPki();

    private final KeyPair cscaKeys = DeterministicKeys.ec("brainpoolP512r1", "csca");
    private final X509CertificateHolder csca;

    private TestPki() {
        csca = issue(
                CSCA_NAME,
                CSCA_NAME,
                BigInteger.valueOf(0x0C5CA01L),
                explicitParameters(cscaKeys.getPublic(), "brainpoolP512r1"),
                cscaKeys.getPublic(),
                cscaKeys.getPrivate(),
                cscaKeys.getPublic(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2040, 1, 1),
                true);
    }

    /** The shared test PKI (built once per process). */
    public static TestPki standard() {
        return STANDARD;
    }

    /** The CSCA certificate: put this in a trust store to make virtual cards chain-verifiable. */
    public X509CertificateHolder csca() {
        return csca;
    }

    /** The normal document signer: brainpoolP256r1, valid 2021-01-01 to 2034-12-31. */
    public DocumentSigner documentSigner() {
        KeyPair ds = DeterministicKeys.ec("brainpoolP256r1", "ds-01");
        return new DocumentSigner(
                issueDs(ds, 1, LocalDate.of(2021, 1, 1), LocalDate.of(2034, 12, 31), cscaKeys.getPrivate()),
                ds.getPrivate());
    }

    /** A document signer whose certificate ended before the cards it signs were issued. */
    public DocumentSigner expiredDocumentSigner() {
        KeyPair ds = DeterministicKeys.ec("brainpoolP256r1", "ds-expired");
        return new DocumentSigner(
                issueDs(ds, 2, LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31), cscaKeys.getPrivate()),
                ds.getPrivate());
    }

    /**
     * A document signer certificate that names this CSCA as issuer (DN and key identifier) but was
     * signed by another key: what a forger without the CSCA key can produce.
     */
    public DocumentSigner forgedDocumentSigner() {
        KeyPair ds = DeterministicKeys.ec("brainpoolP256r1", "ds-forged");
        KeyPair rogue = DeterministicKeys.ec("brainpoolP512r1", "rogue-csca");
        return new DocumentSigner(
                issueDs(ds, 3, LocalDate.of(2021, 1, 1), LocalDate.of(2034, 12, 31), rogue.getPrivate()),
                ds.getPrivate());
    }

    private X509CertificateHolder issueDs(
            KeyPair ds, long serial, LocalDate from, LocalDate to, PrivateKey signingKey) {
        return issue(
                CSCA_NAME,
                DS_NAME,
                BigInteger.valueOf(0xD500L + serial),
                SubjectPublicKeyInfo.getInstance(ds.getPublic().getEncoded()),
                ds.getPublic(),
                signingKey,
                cscaKeys.getPublic(),
                from,
                to,
                false);
    }

    private static X509CertificateHolder issue(
            X500Name issuer,
            X500Name subject,
            BigInteger serial,
            SubjectPublicKeyInfo subjectKeyInfo,
            PublicKey subjectKey,
            PrivateKey issuerPrivateKey,
            PublicKey issuerPublicKey,
            LocalDate from,
            LocalDate to,
            boolean ca) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                            issuer, serial, date(from), date(to), subject, subjectKeyInfo)
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(issuerPublicKey));
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            }
            return builder.build(new JcaContentSignerBuilder("SHA512withECDSA")
                    .setProvider(DeterministicKeys.BC)
                    .build(issuerPrivateKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot issue test certificate", e);
        }
    }

    /** SubjectPublicKeyInfo with the full curve (prime, a, b, G, n, h) instead of a curve OID. */
    private static SubjectPublicKeyInfo explicitParameters(PublicKey key, String curve) {
        X9ECParameters parameters = ECNamedCurveTable.getByName(curve);
        SubjectPublicKeyInfo named = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        return new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, new X962Parameters(parameters)),
                named.getPublicKeyData().getBytes());
    }

    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    static Date instant(Instant instant) {
        return Date.from(instant);
    }
}
