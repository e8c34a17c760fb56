package vn.counterdesk.card.lds;

import java.nio.ByteBuffer;
import java.util.Arrays;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/**
 * DG2: walks 75 → 7F61 → 7F60 → 5F2E/7F2E and the ISO/IEC 19794-5 facial record header to the first
 * image. The image is located by the header's sizes, never by searching for a JPEG marker.
 */
public final class Dg2 {

    private static final int FACIAL_HEADER = 20;
    private static final int FEATURE_POINT = 8;
    private static final int IMAGE_INFO = 12;

    private Dg2() {}

    public static FaceImage parse(byte[] encoded) throws TlvParseException {
        Tlv dg2 = TlvReader.readFirst(encoded);
        if (dg2.tag() != DataGroup.DG2.tag()) {
            throw new TlvParseException(String.format("DG2 must start with tag 75, found %X", dg2.tag()));
        }
        Tlv group = dg2.requireChild(0x7F61);
        Tlv template = group.requireChild(0x7F60);
        for (Tlv element : template.children()) {
            // 5F2E plain biometric data block; 7F2E the enciphered form some profiles use.
            if (element.tag() == 0x5F2E || element.tag() == 0x7F2E) {
                return parseFaceRecord(element.value());
            }
        }
        throw new TlvParseException("DG2 biometric template lacks data block 5F2E");
    }

    /** ISO/IEC 19794-5:2005 record: "FAC\0", version, length, count, then per image its headers. */
    static FaceImage parseFaceRecord(byte[] record) throws TlvParseException {
        ByteBuffer in = ByteBuffer.wrap(record);
        require(in, 14, "facial record header");
        if (in.getInt() != 0x46414300) {
            throw new TlvParseException("face record does not start with FAC\\0");
        }
        in.getInt(); // version "010\0"
        long recordLength = in.getInt() & 0xFFFFFFFFL;
        if (recordLength > record.length) {
            throw new TlvParseException("face record declares more bytes than DG2 holds");
        }
        int images = in.getShort() & 0xFFFF;
        if (images == 0) {
            throw new TlvParseException("face record holds no image");
        }
        require(in, FACIAL_HEADER, "facial information");
        int start = in.position();
        long blockLength = in.getInt() & 0xFFFFFFFFL;
        int featurePoints = in.getShort() & 0xFFFF;
        in.position(start + FACIAL_HEADER);
        require(in, featurePoints * FEATURE_POINT + IMAGE_INFO, "feature points and image information");
        in.position(in.position() + featurePoints * FEATURE_POINT);
        in.get(); // face image type
        int dataType = in.get() & 0xFF;
        int width = in.getShort() & 0xFFFF;
        int height = in.getShort() & 0xFFFF;
        in.position(in.position() + 6); // colour space, source type, device type, quality
        long imageLength = blockLength - FACIAL_HEADER - (long) featurePoints * FEATURE_POINT - IMAGE_INFO;
        if (imageLength <= 0 || imageLength > in.remaining()) {
            throw new TlvParseException("face image length " + imageLength + " does not fit the record");
        }
        FaceImage.ImageFormat format = switch (dataType) {
            case 0 -> FaceImage.ImageFormat.JPEG;
            case 1 -> FaceImage.ImageFormat.JPEG2000;
            default -> throw new TlvParseException("unknown face image data type " + dataType);
        };
        byte[] image = Arrays.copyOfRange(record, in.position(), in.position() + (int) imageLength);
        return new FaceImage(format, width, height, image);
    }

    private static void require(ByteBuffer in, int bytes, String what) throws TlvParseException {
        if (in.remaining() < bytes) {
            throw new TlvParseException("face record truncated in " + what);
        }
    }
}
