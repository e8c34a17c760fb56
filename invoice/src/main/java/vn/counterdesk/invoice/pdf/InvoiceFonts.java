package vn.counterdesk.invoice.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Noto Sans faces (SIL OFL 1.1, full Vietnamese coverage), embedded as subsets with a
 * ToUnicode map so that copied text keeps its diacritics.
 */
record InvoiceFonts(PDType0Font regular, PDType0Font bold) {

    private static final String DIR = "fonts/";

    static InvoiceFonts load(PDDocument document) {
        return new InvoiceFonts(face(document, "NotoSans-Regular.ttf"), face(document, "NotoSans-Bold.ttf"));
    }

    private static PDType0Font face(PDDocument document, String file) {
        try (InputStream in = InvoiceFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + file);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
