package vn.counterdesk.testkit.oracle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Passive-authentication evidence computed directly with BouncyCastle from the EF.SOD bytes a
 * terminal read (independent of the verifier in {@code card}).
 */
record SodEvidence(
        boolean signatureValid,
        String hashAlgorithmOid,
        Map<Integer, byte[]> hashes,
        X509CertificateHolder documentSigner,
        Date signingTime) {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    static SodEvidence of(byte[] efSod) throws Exception {
        if ((efSod[0] & 0xFF) != 0x77) {
            throw new IllegalArgumentException("EF.SOD must start with tag 77");
        }
        ASN1Primitive inner = ASN1Primitive.fromByteArray(Arrays.copyOfRange(efSod, headerLength(efSod), efSod.length));
        CMSSignedData signed = new CMSSignedData(ContentInfo.getInstance(inner));
        @SuppressWarnings("unchecked")
        X509CertificateHolder ds = (X509CertificateHolder)
                signed.getCertificates().getMatches(null).iterator().next();
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        byte[] eContent = (byte[]) signed.getSignedContent().getContent();
        boolean valid = signatureOverSignedAttributesVerifies(signer, ds) && messageDigestMatches(signer, eContent);
        LDSSecurityObject lds = LDSSecurityObject.getInstance(ASN1Primitive.fromByteArray(eContent));
        Map<Integer, byte[]> hashes = new HashMap<>();
        for (DataGroupHash hash : lds.getDatagroupHash()) {
            hashes.put(hash.getDataGroupNumber(), hash.getDataGroupHashValue().getOctets());
        }
        Attribute signingTime = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        Date when = Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate();
        return new SodEvidence(
                valid, lds.getDigestAlgorithmIdentifier().getAlgorithm().getId(), hashes, ds, when);
    }

    /** The raw check of Doc 9303-11 §5.1 step 2, with the DS key alone (no validity folded in). */
    private static boolean signatureOverSignedAttributesVerifies(SignerInformation signer, X509CertificateHolder ds)
            throws Exception {
        java.security.PublicKey key = new JcaX509CertificateConverter()
                .setProvider(BC)
                .getCertificate(ds)
                .getPublicKey();
        java.security.Signature signature = java.security.Signature.getInstance("SHA256withECDSA", BC);
        signature.initVerify(key);
        signature.update(signer.getEncodedSignedAttributes());
        try {
            return signature.verify(signer.getSignature());
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    private static boolean messageDigestMatches(SignerInformation signer, byte[] eContent) throws Exception {
        Attribute digest = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        byte[] listed = org.bouncycastle.asn1.ASN1OctetString.getInstance(
                        digest.getAttrValues().getObjectAt(0))
                .getOctets();
        return MessageDigest.isEqual(
                listed, MessageDigest.getInstance("SHA-256").digest(eContent));
    }

    boolean hashMatches(int dataGroup, byte[] content) throws Exception {
        byte[] listed = hashes.get(dataGroup);
        return listed != null
                && MessageDigest.isEqual(
                        listed, MessageDigest.getInstance("SHA-256").digest(content));
    }

    boolean issuedBy(X509CertificateHolder csca) throws Exception {
        return documentSigner.getIssuer().equals(csca.getSubject())
                && documentSigner.isSignatureValid(
                        new JcaContentVerifierProviderBuilder().setProvider(BC).build(csca));
    }

    boolean documentSignerValidAtSigningTime() {
        return documentSigner.isValidOn(signingTime);
    }

    /** The DS certificate also parses as a JCA certificate (named curve, as a terminal needs). */
    java.security.cert.X509Certificate documentSignerAsJca() throws Exception {
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(documentSigner);
    }

    private static int headerLength(byte[] tlv) {
        int first = tlv[1] & 0xFF;
        return first < 0x80 ? 2 : 2 + (first & 0x7F);
    }
}
