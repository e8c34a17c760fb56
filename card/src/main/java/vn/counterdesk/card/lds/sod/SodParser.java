package vn.counterdesk.card.lds.sod;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import vn.counterdesk.card.tlv.TlvReader;

/** Parses EF.SOD (tag 77, CMS SignedData over an LDSSecurityObject) with BouncyCastle. */
public final class SodParser {

    private static final int SOD_TAG = 0x77;

    private SodParser() {}

    public static SecurityObject parse(byte[] efSod) throws SodParseException {
        byte[] contentInfo = TlvReader.unwrap(efSod, SOD_TAG)
                .orElseThrow(() -> new SodParseException("EF.SOD: expected tag 77 with a complete length"));
        try {
            return parseSignedData(new CMSSignedData(contentInfo));
        } catch (CMSException | RuntimeException e) {
            // BouncyCastle signals malformed ASN.1 with assorted runtime exceptions; all mean the same here.
            throw new SodParseException("EF.SOD: not a CMS SignedData structure", e);
        }
    }

    private static SecurityObject parseSignedData(CMSSignedData signedData) throws SodParseException {
        if (signedData.getSignedContent() == null) {
            throw new SodParseException("EF.SOD: SignedData has no encapsulated content");
        }
        byte[] eContent = (byte[]) signedData.getSignedContent().getContent();
        LDSSecurityObject lds;
        try {
            lds = LDSSecurityObject.getInstance(ASN1Primitive.fromByteArray(eContent));
        } catch (java.io.IOException e) {
            throw new SodParseException("EF.SOD: eContent is not an LDSSecurityObject", e);
        }
        TreeMap<Integer, byte[]> hashes = new TreeMap<>();
        for (DataGroupHash hash : lds.getDatagroupHash()) {
            if (hashes.put(
                            hash.getDataGroupNumber(),
                            hash.getDataGroupHashValue().getOctets())
                    != null) {
                throw new SodParseException("EF.SOD: data group " + hash.getDataGroupNumber() + " listed twice");
            }
        }
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new SodParseException("EF.SOD: expected exactly one signer, found " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        X509CertificateHolder documentSigner = findSignerCertificate(signedData, signer);
        AttributeTable signed = signer.getSignedAttributes();
        return new SecurityObject(
                lds.getDigestAlgorithmIdentifier(),
                hashes,
                signedData.getSignedContentTypeOID() == null
                        ? new ASN1ObjectIdentifier("0.0")
                        : new ASN1ObjectIdentifier(signedData.getSignedContentTypeOID()),
                eContent,
                documentSigner,
                signer,
                attribute(signed, CMSAttributes.messageDigest)
                        .map(value -> ASN1OctetString.getInstance(value).getOctets()),
                attribute(signed, CMSAttributes.contentType).map(ASN1ObjectIdentifier::getInstance),
                attribute(signed, CMSAttributes.signingTime)
                        .map(value -> Time.getInstance(value).getDate().toInstant()));
    }

    private static X509CertificateHolder findSignerCertificate(CMSSignedData signedData, SignerInformation signer)
            throws SodParseException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            throw new SodParseException("EF.SOD: the document signer certificate is not embedded");
        }
        return matches.iterator().next();
    }

    private static Optional<org.bouncycastle.asn1.ASN1Encodable> attribute(
            AttributeTable table, ASN1ObjectIdentifier type) {
        if (table == null) {
            return Optional.empty();
        }
        Attribute attribute = table.get(type);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(attribute.getAttrValues().getObjectAt(0));
    }
}
