package vn.counterdesk.invoice.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The QR code as a module matrix, drawn as vector squares (sharp at any print resolution). */
final class QrSymbol {

    private QrSymbol() {}

    static BitMatrix modules(String payload) {
        try {
            // width/height 0: one matrix cell per module; the quiet zone is left to the layout.
            return new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded", e);
        }
    }

    /** Draws the symbol with its top-left corner at ({@code x}, {@code top}). */
    static void draw(PageWriter writer, String payload, float x, float top, float size) {
        BitMatrix matrix = modules(payload);
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // one rectangle per dark run keeps the content stream small
                writer.fill(
                        x + start * module, top - (row + 1) * module, (col - start) * module, module, PageWriter.INK);
            }
        }
    }
}
