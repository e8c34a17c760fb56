package vn.counterdesk.testkit.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.counterdesk.testkit.chip.Tlv;

/**
 * Builds EF.SOD (Doc 9303-10 §4.6.2): an LDSSecurityObject (version 0, SHA-256) over the data
 * group hashes, signed as CMS SignedData with the signed attributes content-type, signing-time and
 * message-digest, the DS certificate embedded, wrapped in application tag '77'.
 */
public final class SodBuilder {

    /** id-icao-mrtd-security-ldsSecurityObject, 2.23.136.1.1.1. */
    public static final ASN1ObjectIdentifier LDS_SECURITY_OBJECT = ICAOObjectIdentifiers.id_icao_ldsSecurityObject;

    private SodBuilder() {}

    /**
     * @param dataGroups DG number → exact bytes as the chip serves them
     * @param signer whose certificate goes into the SOD
     * @param signingKey the key that actually signs (normally {@code signer.key()}; a different key
     *     makes the "signature does not match the certificate" fault)
     */
    public static byte[] build(
            Map<Integer, byte[]> dataGroups, DocumentSigner signer, PrivateKey signingKey, Instant signingTime) {
        return build(dataGroups, signer, signingKey, signingTime, "SHA-256");
    }

    /**
     * As above, with the data groups hashed by {@code hashAlgorithm} ("SHA-256", "SHA-1" or "MD5"); MD5 makes a
     * security object a terminal must refuse.
     */
    public static byte[] build(
            Map<Integer, byte[]> dataGroups,
            DocumentSigner signer,
            PrivateKey signingKey,
            Instant signingTime,
            String hashAlgorithm) {
        try {
            byte[] lds = ldsSecurityObject(dataGroups, hashAlgorithm).getEncoded(ASN1Encoding.DER);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(DeterministicKeys.BC)
                            .build())
                    .setSignedAttributeGenerator(signedAttributes(signingTime))
                    .build(
                            new JcaContentSignerBuilder(signatureAlgorithm(signingKey))
                                    .setProvider(DeterministicKeys.BC)
                                    .build(signingKey),
                            signer.certificate()));
            generator.addCertificate(signer.certificate());
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(LDS_SECURITY_OBJECT, lds), true);
            byte[] contentInfo = signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
            return Tlv.encode(0x77, contentInfo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException | CMSException e) {
            throw new IllegalStateException("cannot sign the test SOD", e);
        }
    }

    static LDSSecurityObject ldsSecurityObject(Map<Integer, byte[]> dataGroups) {
        return ldsSecurityObject(dataGroups, "SHA-256");
    }

    private static final Map<String, ASN1ObjectIdentifier> HASH_OIDS = Map.of(
            "SHA-256", NISTObjectIdentifiers.id_sha256,
            "SHA-1", OIWObjectIdentifiers.idSHA1,
            "MD5", PKCSObjectIdentifiers.md5);

    static LDSSecurityObject ldsSecurityObject(Map<Integer, byte[]> dataGroups, String hashAlgorithm) {
        ASN1ObjectIdentifier oid = HASH_OIDS.get(hashAlgorithm);
        if (oid == null) {
            throw new IllegalArgumentException("no OID for hash algorithm " + hashAlgorithm);
        }
        SortedMap<Integer, byte[]> ordered = new TreeMap<>(dataGroups);
        List<DataGroupHash> hashes = new ArrayList<>();
        ordered.forEach((number, bytes) ->
                hashes.add(new DataGroupHash(number, new DEROctetString(DigestUtil.digest(hashAlgorithm, bytes)))));
        return new LDSSecurityObject(new AlgorithmIdentifier(oid), hashes.toArray(DataGroupHash[]::new));
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return key.getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    }

    /** Exactly content-type, signing-time and message-digest, as ICAO SODs carry. */
    private static CMSAttributeTableGenerator signedAttributes(Instant signingTime) {
        return parameters -> {
            ASN1ObjectIdentifier contentType =
                    (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE);
            byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            table.put(CMSAttributes.contentType, attribute(CMSAttributes.contentType, contentType));
            table.put(
                    CMSAttributes.signingTime,
                    attribute(CMSAttributes.signingTime, new Time(java.util.Date.from(signingTime))));
            table.put(CMSAttributes.messageDigest, attribute(CMSAttributes.messageDigest, (ASN1OctetString)
                    new DEROctetString(digest)));
            return new AttributeTable(table);
        };
    }

    private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
        return new Attribute(type, new DERSet(value));
    }
}
