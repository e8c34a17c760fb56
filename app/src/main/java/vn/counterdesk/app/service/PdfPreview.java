package vn.counterdesk.app.service;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a PDF page to an image for an on-screen preview. Blocking (tens of ms per page). */
public final class PdfPreview {

    private PdfPreview() {}

    /** The first page at {@code dpi}; a screen preview of an A4 page needs about 72–100. */
    public static BufferedImage firstPage(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }
}
