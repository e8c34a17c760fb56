package vn.counterdesk.card.verify;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** A throw-away CSCA → DS hierarchy and an EF.SOD builder for verifier tests. */
final class TestPki {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final long DAY = 86_400_000L;

    final KeyPair cscaKeys = ecKeys();
    final X509CertificateHolder csca;
    final KeyPair dsKeys = ecKeys();
    final X509CertificateHolder ds;

    TestPki(String country) {
        this(country, NOW.minusMillis(30 * DAY), NOW.plusMillis(3650 * DAY));
    }

    TestPki(String country, Instant dsNotBefore, Instant dsNotAfter) {
        X500Name cscaName = new X500Name("C=" + country + ",O=Test,CN=Test CSCA " + country);
        csca = certificate(
                cscaName, cscaName, cscaKeys, cscaKeys, NOW.minusMillis(365 * DAY), NOW.plusMillis(5000 * DAY), true);
        ds = certificate(
                new X500Name("C=" + country + ",O=Test,CN=Test DS " + country),
                cscaName,
                dsKeys,
                cscaKeys,
                dsNotBefore,
                dsNotAfter,
                false);
    }

    static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Crypto.BC);
            generator.initialize(new ECGenParameterSpec("brainpoolP256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509CertificateHolder certificate(
            X500Name subject,
            X500Name issuer,
            KeyPair subjectKeys,
            KeyPair issuerKeys,
            Instant notBefore,
            Instant notAfter,
            boolean ca) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    subject,
                    subjectKeys.getPublic());
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            }
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider(Crypto.BC)
                    .build(issuerKeys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** EF.SOD (tag 77) over SHA-256 hashes of {@code dataGroups}, signed now by the DS. */
    byte[] sod(Map<Integer, byte[]> dataGroups) {
        return sod(dataGroups, dsKeys);
    }

    /** As {@link #sod(Map)} but signed with {@code signingKeys} (a key not matching the DS certificate = forgery). */
    byte[] sod(Map<Integer, byte[]> dataGroups, KeyPair signingKeys) {
        return sod(dataGroups, signingKeys, NISTObjectIdentifiers.id_sha256, "SHA-256");
    }

    /** As {@link #sod(Map)} but hashing the data groups with {@code hash} (e.g. MD5, which a verifier must refuse). */
    byte[] sod(
            Map<Integer, byte[]> dataGroups,
            KeyPair signingKeys,
            org.bouncycastle.asn1.ASN1ObjectIdentifier hash,
            String jcaHashName) {
        try {
            MessageDigest digest = MessageDigest.getInstance(jcaHashName);
            DataGroupHash[] hashes = new TreeMap<>(dataGroups)
                    .entrySet().stream()
                            .map(entry -> new DataGroupHash(
                                    entry.getKey(),
                                    new org.bouncycastle.asn1.DEROctetString(digest.digest(entry.getValue()))))
                            .toArray(DataGroupHash[]::new);
            byte[] eContent = new LDSSecurityObject(new AlgorithmIdentifier(hash), hashes).getEncoded("DER");
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(NOW.minusMillis(DAY))))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(Crypto.BC)
                            .build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signed)))
                    .build(
                            new JcaContentSignerBuilder("SHA256withECDSA")
                                    .setProvider(Crypto.BC)
                                    .build(signingKeys.getPrivate()),
                            ds));
            generator.addCertificate(ds);
            byte[] contentInfo = generator
                    .generate(
                            new CMSProcessableByteArray(
                                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.23.136.1.1.1"), eContent),
                            true)
                    .getEncoded("DER");
            return wrap(0x77, contentInfo);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] wrap(int tag, byte[] value) {
        byte[] length = value.length < 0x80
                ? new byte[] {(byte) value.length}
                : value.length < 0x100
                        ? new byte[] {(byte) 0x81, (byte) value.length}
                        : new byte[] {(byte) 0x82, (byte) (value.length >> 8), (byte) value.length};
        byte[] out = new byte[1 + length.length + value.length];
        out[0] = (byte) tag;
        System.arraycopy(length, 0, out, 1, length.length);
        System.arraycopy(value, 0, out, 1 + length.length, value.length);
        return out;
    }

    /** A TD1 DG1 for issuing state {@code state} expiring on {@code yymmdd}. */
    static byte[] dg1(String state, String yymmdd) {
        String line1 = ("ID" + state + "0012345678<<<<<<<<<<<<<<<<<<<").substring(0, 30);
        String line2 = ("9001011M" + yymmdd + "0VNM<<<<<<<<<<<0").substring(0, 30);
        String line3 = "NGUYEN<<VAN<AN" + "<".repeat(16);
        byte[] mrz = (line1 + line2 + line3).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return wrap(0x61, mrzField(mrz));
    }

    private static byte[] mrzField(byte[] mrz) {
        byte[] inner = wrap(0x1F, mrz);
        byte[] out = new byte[inner.length + 1];
        out[0] = 0x5F;
        System.arraycopy(inner, 0, out, 1, inner.length);
        return out;
    }

    LdsFiles files(Map<Integer, byte[]> dataGroups) {
        return new LdsFiles(Optional.empty(), Optional.of(sod(dataGroups)), new TreeMap<>(dataGroups));
    }
}
