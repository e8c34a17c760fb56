package vn.counterdesk.testkit.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.bsi.BSIObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.counterdesk.testkit.chip.ChipCrypto;
import vn.counterdesk.testkit.chip.Tlv;

/**
 * Encoders for the files of a Vietnamese chip (cccd-chip.md §3–§9): EF.CardAccess, EF.COM, DG1,
 * DG2, DG3, DG13, DG14, DG15. Each returns the exact bytes the chip serves.
 */
public final class DataGroups {

    /** EF.CardAccess as observed on Vietnamese cards (cccd-chip.md §4): TA, CA AES-128, PACE-GM id 13. */
    public static final byte[] CARD_ACCESS = HexFormat.of()
            .parseHex("3134300D060804007F0007020202020101300F060A04007F00070202030202020101"
                    + "3012060A04007F0007020204020202010202010D");

    /** DG13 field 12 on cards without expiry [UNCONFIRMED wording]. */
    public static final String NO_EXPIRY_TEXT = "Không thời hạn";

    private static final ASN1ObjectIdentifier UTF8_INDICATOR = new ASN1ObjectIdentifier("1.0.10646.1.0.8");
    private static final ASN1ObjectIdentifier ID_PK_ECDH = new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2");
    private static final ASN1ObjectIdentifier ID_CA_ECDH_AES_128 = new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.3.2.2");
    private static final ASN1ObjectIdentifier ID_TA = new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.2");
    private static final ASN1ObjectIdentifier ID_AA = new ASN1ObjectIdentifier("2.23.136.1.1.5");
    private static final DateTimeFormatter DG13_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DataGroups() {}

    /** EF.COM: LDS 1.7, Unicode 4.0.0, tags DG1, DG2, DG3, DG13, DG15, DG14 (the observed order). */
    public static byte[] com() {
        return tlv(
                0x60,
                concat(
                        tlv(0x5F01, "0107".getBytes(StandardCharsets.US_ASCII)),
                        tlv(0x5F36, "040000".getBytes(StandardCharsets.US_ASCII)),
                        tlv(0x5C, HexFormat.of().parseHex("6175636D6F6E"))));
    }

    public static byte[] dg1(Td1Mrz mrz) {
        return tlv(0x61, tlv(0x5F1F, mrz.text().getBytes(StandardCharsets.US_ASCII)));
    }

    /** DG2: one ISO/IEC 19794-5 face record holding the JPEG, inside the ICAO biometric templates. */
    public static byte[] dg2(CardProfile profile) {
        return dg2(profile, profile.photo());
    }

    /**
     * DG2 whose JPEG frame header (SOF0) declares {@code width} × {@code height} pixels, the face record header
     * saying the same: an image bomb, the scan data still that of the small portrait.
     */
    public static byte[] dg2ImageBomb(CardProfile profile, int width, int height) {
        return dg2(profile, new CardProfile.Photo(jpegDeclaring(profile.photo().jpeg(), width, height), width, height));
    }

    /** A copy of a baseline JPEG whose frame header (SOF0) declares {@code width} × {@code height} pixels. */
    public static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
        byte[] bomb = jpeg.clone();
        for (int i = 0; i + 8 < bomb.length; i++) {
            if ((bomb[i] & 0xFF) == 0xFF && (bomb[i + 1] & 0xFF) == 0xC0) {
                // FFC0, segment length (2), precision (1), then height (2) and width (2).
                bomb[i + 5] = (byte) (height >> 8);
                bomb[i + 6] = (byte) height;
                bomb[i + 7] = (byte) (width >> 8);
                bomb[i + 8] = (byte) width;
                return bomb;
            }
        }
        throw new IllegalArgumentException("no baseline frame header (SOF0) in the JPEG");
    }

    /**
     * {@code dg2} with its length field replaced by the 4-byte length 7FFFFFF0 (2 GB); the content that follows is
     * the genuine face record.
     */
    public static byte[] withOversizedLength(byte[] dataGroup) {
        int lengthBytes = (dataGroup[1] & 0x80) == 0 ? 1 : 1 + (dataGroup[1] & 0x7F);
        byte[] header = {dataGroup[0], (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0};
        return concat(header, Arrays.copyOfRange(dataGroup, 1 + lengthBytes, dataGroup.length));
    }

    private static byte[] dg2(CardProfile profile, CardProfile.Photo photo) {
        byte[] jpeg = photo.jpeg();
        ByteBuffer facial = ByteBuffer.allocate(20 + 12 + jpeg.length);
        facial.putInt(20 + 12 + jpeg.length); // facial record data block length
        facial.putShort((short) 0); // feature points
        facial.put((byte) (profile.sex() == CardProfile.Sex.MALE ? 1 : 2));
        facial.put((byte) 0); // eye colour unspecified
        facial.put((byte) 0); // hair colour unspecified
        facial.put(new byte[3]); // feature mask
        facial.putShort((short) 0); // expression unspecified
        facial.put(new byte[3]); // pose angles
        facial.put(new byte[3]); // pose angle uncertainty
        facial.put((byte) 1); // face image type: full frontal
        facial.put((byte) 0); // image data type: JPEG
        facial.putShort((short) photo.width());
        facial.putShort((short) photo.height());
        facial.put((byte) 1); // colour space: 24-bit RGB
        facial.put((byte) 2); // source type: digital camera
        facial.putShort((short) 0); // device type
        facial.putShort((short) 0); // quality
        facial.put(jpeg);
        byte[] facialBytes = facial.array();

        ByteBuffer record = ByteBuffer.allocate(14 + facialBytes.length);
        record.put("FAC\0".getBytes(StandardCharsets.US_ASCII));
        record.put("010\0".getBytes(StandardCharsets.US_ASCII));
        record.putInt(14 + facialBytes.length);
        record.putShort((short) 1);
        record.put(facialBytes);

        byte[] header = concat(
                tlv(0x80, new byte[] {1, 1}), // ICAO header version 1.1
                tlv(0x81, new byte[] {2}), // biometric type: facial features
                tlv(0x82, new byte[] {0}), // subtype: none
                tlv(0x87, new byte[] {1, 1}), // format owner: ISO/IEC JTC 1/SC 37
                tlv(0x88, new byte[] {0, 8})); // format type: face image
        byte[] bit = tlv(0x7F60, concat(tlv(0xA1, header), tlv(0x5F2E, record.array())));
        return tlv(0x75, tlv(0x7F61, concat(tlv(0x02, new byte[] {1}), bit)));
    }

    /** DG3 placeholder: present (and listed in the SOD) but never readable without EAC. */
    public static byte[] dg3() {
        return tlv(0x63, tlv(0x7F61, tlv(0x02, new byte[] {0})));
    }

    /** DG13 in the Vietnamese layout of cccd-chip.md §8: version, UTF-8 indicator, numbered fields. */
    public static byte[] dg13(CardProfile p) {
        List<ASN1Encodable> fields = new java.util.ArrayList<>();
        fields.add(field(1, new DERPrintableString(p.idNumber())));
        fields.add(field(2, new DERUTF8String(p.fullName())));
        fields.add(field(3, new DERPrintableString(p.dateOfBirth().format(DG13_DATE))));
        fields.add(field(4, new DERUTF8String(p.sex() == CardProfile.Sex.MALE ? "Nam" : "Nữ")));
        fields.add(field(5, new DERUTF8String(p.nationality())));
        fields.add(field(6, new DERUTF8String(p.ethnicity())));
        fields.add(field(7, new DERUTF8String(p.religion())));
        fields.add(field(8, new DERUTF8String(p.placeOfOrigin())));
        fields.add(field(9, new DERUTF8String(p.placeOfResidence())));
        p.identifyingFeatures().ifPresent(v -> fields.add(field(10, new DERUTF8String(v))));
        fields.add(field(11, new DERPrintableString(p.dateOfIssue().format(DG13_DATE))));
        fields.add(field(
                12,
                new DERUTF8String(p.dateOfExpiry().map(d -> d.format(DG13_DATE)).orElse(NO_EXPIRY_TEXT))));
        if (p.fatherName().isPresent() || p.motherName().isPresent()) {
            // Keep both positions so a reader can tell father (first) from mother (second).
            fields.add(field(
                    13,
                    new DERSequence(new DERUTF8String(p.fatherName().orElse(""))),
                    new DERSequence(new DERUTF8String(p.motherName().orElse("")))));
        } else {
            fields.add(field(13));
        }
        fields.add(p.spouseName()
                .map(spouse -> field(14, new DERSequence(new DERUTF8String(spouse))))
                .orElseGet(() -> field(14)));
        p.oldIdNumber().ifPresent(v -> fields.add(field(15, new DERPrintableString(v))));
        p.chipSerial().ifPresent(v -> fields.add(field(16, new DERPrintableString(v))));
        // DL (not DER) encoding keeps the SET in field order, as on real cards.
        DLSequence body = new DLSequence(
                new ASN1Encodable[] {new ASN1Integer(1), UTF8_INDICATOR, new DLSet(fields.toArray(ASN1Encodable[]::new))
                });
        return tlv(0x6D, der(body));
    }

    /**
     * DG14: Chip Authentication public key and info (ECDH, AES-128), Terminal Authentication info,
     * and, for an ECDSA AA key, the ActiveAuthenticationInfo naming the signature hash.
     */
    public static byte[] dg14(PublicKey chipAuthenticationKey, Optional<ASN1ObjectIdentifier> aaSignatureAlgorithm) {
        List<ASN1Encodable> infos = new java.util.ArrayList<>();
        infos.add(new DERSequence(
                new ASN1Encodable[] {ID_PK_ECDH, SubjectPublicKeyInfo.getInstance(chipAuthenticationKey.getEncoded())
                }));
        infos.add(new DERSequence(new ASN1Encodable[] {ID_CA_ECDH_AES_128, new ASN1Integer(1)}));
        infos.add(new DERSequence(new ASN1Encodable[] {ID_TA, new ASN1Integer(1)}));
        aaSignatureAlgorithm.ifPresent(
                algorithm -> infos.add(new DERSequence(new ASN1Encodable[] {ID_AA, new ASN1Integer(1), algorithm})));
        return tlv(0x6E, der(new DLSet(infos.toArray(ASN1Encodable[]::new))));
    }

    /**
     * ecdsa-plain-SHA256 (BSI TR-03111, 0.4.0.127.0.7.1.1.4.1.3): the signature algorithm Doc
     * 9303-11 §9.2.11 wants in ActiveAuthenticationInfo for plain r‖s ECDSA.
     */
    public static ASN1ObjectIdentifier ecdsaPlainSha256() {
        return BSIObjectIdentifiers.ecdsa_plain_SHA256;
    }

    /** DG15: the Active Authentication public key as SubjectPublicKeyInfo. */
    public static byte[] dg15(PublicKey activeAuthenticationKey) {
        return tlv(0x6F, activeAuthenticationKey.getEncoded());
    }

    private static DERSequence field(int number, ASN1Encodable... values) {
        ASN1Encodable[] items = new ASN1Encodable[values.length + 1];
        items[0] = new ASN1Integer(number);
        System.arraycopy(values, 0, items, 1, values.length);
        return new DERSequence(items);
    }

    private static byte[] der(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] tlv(int tag, byte[] value) {
        return Tlv.encode(tag, value);
    }

    static byte[] concat(byte[]... parts) {
        return ChipCrypto.concat(parts);
    }
}
