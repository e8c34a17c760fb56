package vn.counterdesk.card.lds.sod;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;

/**
 * The parsed EF.SOD: the LDSSecurityObject (hash algorithm and data-group hashes) and the CMS
 * envelope that signs it (document signer certificate, signed attributes, signer info).
 *
 * @param hashAlgorithm digest algorithm of the data-group hashes (LDSSecurityObject)
 * @param dataGroupHashes hash per data-group number, as listed in the SOD
 * @param eContentType the CMS encapsulated content type (2.23.136.1.1.1 expected)
 * @param eContent the DER LDSSecurityObject that the signature covers
 * @param documentSigner the DS certificate embedded in the SignedData
 * @param signerInfo the single signer of the SignedData
 * @param messageDigest the signed message-digest attribute, if present
 * @param contentTypeAttribute the signed content-type attribute, if present
 * @param signingTime the signed signing-time attribute, if present
 */
public record SecurityObject(
        AlgorithmIdentifier hashAlgorithm,
        SortedMap<Integer, byte[]> dataGroupHashes,
        ASN1ObjectIdentifier eContentType,
        byte[] eContent,
        X509CertificateHolder documentSigner,
        SignerInformation signerInfo,
        Optional<byte[]> messageDigest,
        Optional<ASN1ObjectIdentifier> contentTypeAttribute,
        Optional<Instant> signingTime) {

    /** eContentType of an LDSSecurityObject (ICAO 9303-10). */
    public static final ASN1ObjectIdentifier LDS_SECURITY_OBJECT = new ASN1ObjectIdentifier("2.23.136.1.1.1");

    public SecurityObject {
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroupHashes.forEach((number, hash) -> copy.put(number, hash.clone()));
        dataGroupHashes = java.util.Collections.unmodifiableSortedMap(copy);
        eContent = eContent.clone();
        messageDigest = messageDigest.map(byte[]::clone);
    }

    @Override
    public byte[] eContent() {
        return eContent.clone();
    }

    @Override
    public SortedMap<Integer, byte[]> dataGroupHashes() {
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroupHashes.forEach((number, hash) -> copy.put(number, hash.clone()));
        return copy;
    }

    @Override
    public Optional<byte[]> messageDigest() {
        return messageDigest.map(byte[]::clone);
    }

    /** Hex of each listed hash, for diagnostics (hashes are not personal data). */
    public Map<Integer, String> dataGroupHashesHex() {
        TreeMap<Integer, String> hex = new TreeMap<>();
        dataGroupHashes.forEach(
                (number, hash) -> hex.put(number, HexFormat.of().withUpperCase().formatHex(hash)));
        return hex;
    }

    @Override
    public String toString() {
        return "SecurityObject[hash=" + hashAlgorithm.getAlgorithm() + ", dataGroups=" + dataGroupHashes.keySet()
                + ", signer=" + documentSigner.getSubject() + "]";
    }
}
