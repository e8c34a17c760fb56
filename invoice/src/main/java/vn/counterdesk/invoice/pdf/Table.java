package vn.counterdesk.invoice.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** A ruled table whose header row is drawn again at the top of every continuation page. */
final class Table {

    record Column(Label header, float width, boolean numeric) {}

    private static final float PAD = 2.5f;
    private static final Color HEADER_SHADE = new Color(0xEE, 0xEE, 0xEE);

    private final PageWriter writer;
    private final List<Column> columns;
    private final float size;

    Table(PageWriter writer, List<Column> columns, float size) {
        this.writer = writer;
        this.columns = List.copyOf(columns);
        this.size = size;
    }

    /** Draws the header now and after every page break until {@link #end()}. */
    void begin() {
        writer.ensure(headerHeight() + PageWriter.lineHeight(size) + 2 * PAD);
        header();
        writer.onContinuation(this::header);
    }

    void end() {
        writer.onContinuation(() -> {});
    }

    private float headerHeight() {
        float gloss = size * 0.88f;
        int vi = 1;
        int en = 1;
        for (Column c : columns) {
            vi = Math.max(vi, wrapHeader(c.header().vietnamese(), c, size).size());
            en = Math.max(
                    en, wrapHeader("(" + c.header().english() + ")", c, gloss).size());
        }
        return vi * PageWriter.lineHeight(size) + en * PageWriter.lineHeight(gloss) + 2 * PAD;
    }

    private List<String> wrapHeader(String text, Column c, float fontSize) {
        return writer.wrap(text, writer.fonts().bold(), fontSize, c.width() - 2 * PAD);
    }

    private void header() {
        float gloss = size * 0.88f;
        float height = headerHeight();
        float top = writer.y();
        float x = writer.left();
        writer.fill(x, top - height, totalWidth(), height, HEADER_SHADE);
        int viLines = 1;
        for (Column c : columns) {
            viLines = Math.max(
                    viLines, wrapHeader(c.header().vietnamese(), c, size).size());
        }
        for (Column c : columns) {
            float centre = x + c.width() / 2;
            float baseline = top - PAD - size;
            for (String line : wrapHeader(c.header().vietnamese(), c, size)) {
                writer.textCentered(line, centre, baseline, writer.fonts().bold(), size, PageWriter.INK);
                baseline -= PageWriter.lineHeight(size);
            }
            baseline = top - PAD - viLines * PageWriter.lineHeight(size) - gloss;
            for (String line : writer.wrap(
                    "(" + c.header().english() + ")", writer.fonts().regular(), gloss, c.width() - 2 * PAD)) {
                writer.textCentered(line, centre, baseline, writer.fonts().regular(), gloss, PageWriter.GLOSS);
                baseline -= PageWriter.lineHeight(gloss);
            }
            writer.box(x, top, c.width(), height, 0.5f);
            x += c.width();
        }
        writer.down(height);
    }

    /** One row; it moves whole to the next page (under a repeated header) when it does not fit. */
    void row(List<String> cells, boolean bold) {
        var font = bold ? writer.fonts().bold() : writer.fonts().regular();
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> cell =
                    writer.wrap(cells.get(i), font, size, columns.get(i).width() - 2 * PAD);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * PageWriter.lineHeight(size) + 2 * PAD;
        writer.ensure(height);
        float top = writer.y();
        float x = writer.left();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            float baseline = top - PAD - size;
            for (String line : wrapped.get(i)) {
                if (c.numeric()) {
                    writer.textRight(line, x + c.width() - PAD, baseline, font, size, PageWriter.INK);
                } else {
                    writer.text(line, x + PAD, baseline, font, size, PageWriter.INK);
                }
                baseline -= PageWriter.lineHeight(size);
            }
            writer.box(x, top, c.width(), height, 0.5f);
            x += c.width();
        }
        writer.down(height);
    }

    private float totalWidth() {
        float w = 0;
        for (Column c : columns) {
            w += c.width();
        }
        return w;
    }
}
