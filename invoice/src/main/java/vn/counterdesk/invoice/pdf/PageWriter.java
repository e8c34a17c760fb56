package vn.counterdesk.invoice.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws text and rules top-down onto pages of one size and starts a new page when a block would not
 * fit. A receipt writer uses tall pages and crops each one to its content, as a roll printer would.
 */
final class PageWriter {

    static final Color INK = Color.BLACK;
    static final Color GLOSS = new Color(0x55, 0x55, 0x55);
    static final float FOOTER_SPACE = 16;

    private final PDDocument document;
    private final InvoiceFonts fonts;
    private final PDRectangle pageSize;
    private final float margin;
    private final boolean cropToContent;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<PDFont, Map<Integer, Boolean>> glyphCache = new HashMap<>();
    private Runnable continuation = () -> {};
    private PDPageContentStream stream;
    private float y;

    PageWriter(PDDocument document, InvoiceFonts fonts, PDRectangle pageSize, float margin, boolean cropToContent) {
        this.document = document;
        this.fonts = fonts;
        this.pageSize = pageSize;
        this.margin = margin;
        this.cropToContent = cropToContent;
    }

    InvoiceFonts fonts() {
        return fonts;
    }

    float left() {
        return margin;
    }

    float right() {
        return pageSize.getWidth() - margin;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    void down(float amount) {
        y -= amount;
    }

    /** Jumps to a position already used on this page (side-by-side blocks). */
    void moveTo(float top) {
        y = top;
    }

    /** What to draw at the top of every page after the first (the repeated table header). */
    void onContinuation(Runnable action) {
        continuation = action;
    }

    void newPage() {
        finishPage();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = pageSize.getHeight() - margin;
        if (pages.size() > 1) {
            continuation.run();
        }
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    void ensure(float height) {
        if (y - height < margin + FOOTER_SPACE) {
            newPage();
        }
    }

    void finish() {
        finishPage();
        numberPages();
    }

    private void finishPage() {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream = null;
        if (cropToContent) {
            PDPage page = pages.getLast();
            float bottom = Math.max(0, y - margin - FOOTER_SPACE);
            page.setMediaBox(new PDRectangle(0, bottom, pageSize.getWidth(), pageSize.getHeight() - bottom));
        }
    }

    /** "Trang x/y (Page x/y)" centred at the foot of every page, once the page count is known. */
    private void numberPages() {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            PDPage page = pages.get(i);
            try (var footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                stream = footer;
                float baseline = page.getMediaBox().getLowerLeftY() + margin / 2 + 2;
                String vi = "Trang %d/%d".formatted(i + 1, total);
                String en = " (Page %d/%d)".formatted(i + 1, total);
                float size = 8;
                float w = textWidth(vi, fonts.regular(), size) + textWidth(en, fonts.regular(), size * 0.9f);
                float x = (pageSize.getWidth() - w) / 2;
                x += text(vi, x, baseline, fonts.regular(), size, INK);
                text(en, x, baseline, fonts.regular(), size * 0.9f, GLOSS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stream = null;
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** Draws one line of text at a baseline; returns its width. */
    float text(String raw, float x, float baseline, PDFont font, float size, Color color) {
        String s = printable(raw, font);
        if (s.isEmpty()) {
            return 0;
        }
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(s);
            stream.endText();
            return textWidth(s, font, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textRight(String raw, float rightEdge, float baseline, PDFont font, float size, Color color) {
        return text(raw, rightEdge - textWidth(raw, font, size), baseline, font, size, color);
    }

    float textCentered(String raw, float centre, float baseline, PDFont font, float size, Color color) {
        return text(raw, centre - textWidth(raw, font, size) / 2, baseline, font, size, color);
    }

    float textWidth(String raw, PDFont font, float size) {
        try {
            return font.getStringWidth(printable(raw, font)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float lineHeight(float size) {
        return size * 1.3f;
    }

    /** Greedy word wrap; words longer than the width are broken between characters. */
    List<String> wrap(String raw, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(raw, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    void rule(float x1, float x2, float atY, float lineWidth) {
        stroke(lineWidth, () -> {
            stream.moveTo(x1, atY);
            stream.lineTo(x2, atY);
        });
    }

    void box(float x, float top, float w, float h, float lineWidth) {
        stroke(lineWidth, () -> stream.addRect(x, top - h, w, h));
    }

    private interface PathBuilder {
        void build() throws IOException;
    }

    private void stroke(float lineWidth, PathBuilder path) {
        try {
            stream.setStrokingColor(INK);
            stream.setLineWidth(lineWidth);
            path.build();
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float bottom, float w, float h, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, bottom, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * NFC text (precomposed Vietnamese letters copy out as one character each), control characters
     * as spaces, and '?' for a character the font has no glyph for rather than failing the print.
     */
    String printable(String raw, PDFont font) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        Map<Integer, Boolean> cache = glyphCache.computeIfAbsent(font, f -> new HashMap<>());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (cache.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
