package vn.counterdesk.card.lds;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;
import vn.counterdesk.card.tlv.TlvWriter;

/** Builds DG2 files around a real JPEG, the way ISO/IEC 19794-5 lays them out. */
public final class FaceImagesTestSupport {

    private FaceImagesTestSupport() {}

    public static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 3) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    public static byte[] dg2(byte[] image, int dataType, int width, int height) {
        int block = 20 + 12 + image.length;
        ByteBuffer record = ByteBuffer.allocate(14 + block);
        record.putInt(0x46414300).putInt(0x30313000).putInt(14 + block).putShort((short) 1);
        record.putInt(block).putShort((short) 0).put(new byte[14]);
        record.put((byte) 1)
                .put((byte) dataType)
                .putShort((short) width)
                .putShort((short) height)
                .put(new byte[6]);
        record.put(image);
        byte[] header = TlvWriter.constructed(
                0xA1,
                TlvWriter.encode(0x81, new byte[] {2}),
                TlvWriter.encode(0x87, new byte[] {1, 1}),
                TlvWriter.encode(0x88, new byte[] {0, 8}));
        byte[] template = TlvWriter.constructed(0x7F60, header, TlvWriter.encode(0x5F2E, record.array()));
        byte[] group = TlvWriter.constructed(0x7F61, TlvWriter.encode(0x02, new byte[] {1}), template);
        return TlvWriter.encode(0x75, group);
    }
}
