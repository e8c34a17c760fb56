package vn.counterdesk.invoice.pdf;

import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Line;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RateSummary;
import vn.counterdesk.invoice.pdf.Table.Column;

/** The A4 portrait invoice: QR and title on top, form and symbol top right, ruled line table. */
final class A4Layout {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 36;
    private static final float SIZE = 8.5f;
    private static final float QR_SIZE = 76;
    private static final float CORNER_WIDTH = 150;

    private A4Layout() {}

    static void draw(PageWriter w, PrintableInvoice invoice, String qrPayload) {
        Sections s = new Sections(w, SIZE);
        w.newPage();
        header(w, s, invoice, qrPayload);
        s.seller(invoice.seller(), w.left(), w.width());
        w.down(3);
        w.rule(w.left(), w.right(), w.y(), 0.5f);
        w.down(4);
        s.buyer(invoice, w.left(), w.width());
        w.down(6);
        lines(w, invoice.lines());
        w.down(8);
        rateSummary(w, invoice.rateSummaries());
        w.down(6);
        float totalsX = w.left() + w.width() * 0.35f;
        s.totals(invoice.totals(), totalsX, w.right() - totalsX);
        w.down(2);
        s.labelValue(
                InvoiceText.IN_WORDS,
                invoice.totals().payableInWords(),
                w.left(),
                w.width(),
                w.fonts().bold());
        w.down(10);
        signatures(w, s, invoice);
        w.finish();
    }

    private static void header(PageWriter w, Sections s, PrintableInvoice invoice, String qrPayload) {
        float top = w.y();
        QrSymbol.draw(w, qrPayload, w.left(), top, QR_SIZE);

        // form digit + symbol + number: top right, as the regulation asks
        float cornerX = w.right() - CORNER_WIDTH;
        var heading = invoice.heading();
        s.labelValue(
                InvoiceText.FORM,
                heading.formDigit(),
                cornerX,
                CORNER_WIDTH,
                w.fonts().bold());
        s.labelValue(
                InvoiceText.SYMBOL,
                heading.symbol(),
                cornerX,
                CORNER_WIDTH,
                w.fonts().bold());
        heading.number()
                .ifPresent(n -> s.labelValue(
                        InvoiceText.NUMBER, n, cornerX, CORNER_WIDTH, w.fonts().bold()));
        float cornerBottom = w.y();

        w.moveTo(top); // the title sits between the QR code and the corner block
        float titleX = w.left() + QR_SIZE + 8;
        float titleWidth = cornerX - 8 - titleX;
        s.centred(InvoiceText.titleVietnamese(invoice), w.fonts().bold(), 15, PageWriter.INK, titleX, titleWidth);
        s.centred(
                "(" + InvoiceText.titleEnglish(invoice) + ")",
                w.fonts().regular(),
                9,
                PageWriter.GLOSS,
                titleX,
                titleWidth);
        w.down(2);
        s.centred(
                VnFormat.longDate(heading.issueDate()), w.fonts().regular(), 9.5f, PageWriter.INK, titleX, titleWidth);
        s.centred(
                "(Date: " + VnFormat.shortDate(heading.issueDate()) + ")",
                w.fonts().regular(),
                8,
                PageWriter.GLOSS,
                titleX,
                titleWidth);

        w.moveTo(Math.min(Math.min(w.y(), cornerBottom), top - QR_SIZE) - 6);
        invoice.taxAuthorityCode().ifPresent(code -> {
            s.labelValue(
                    InvoiceText.TAX_AUTHORITY_CODE,
                    code,
                    w.left(),
                    w.width(),
                    w.fonts().bold());
        });
        invoice.related().ifPresent(related -> {
            s.centred(InvoiceText.relatedSentence(related), w.fonts().bold(), 9, PageWriter.INK, w.left(), w.width());
            s.centred(InvoiceText.relatedGloss(related), w.fonts().regular(), 8, PageWriter.GLOSS, w.left(), w.width());
        });
        w.down(3);
        w.rule(w.left(), w.right(), w.y(), 0.8f);
        w.down(5);
    }

    private static void lines(PageWriter w, List<Line> lines) {
        float fixed = 24 + 40 + 52 + 70 + 44 + 84;
        Table table = new Table(
                w,
                List.of(
                        new Column(InvoiceText.COL_NO, 24, true),
                        new Column(InvoiceText.COL_NAME, w.width() - fixed, false),
                        new Column(InvoiceText.COL_UNIT, 40, false),
                        new Column(InvoiceText.COL_QUANTITY, 52, true),
                        new Column(InvoiceText.COL_PRICE, 70, true),
                        new Column(InvoiceText.COL_RATE, 44, true),
                        new Column(InvoiceText.COL_AMOUNT, 84, true)),
                SIZE);
        table.begin();
        int position = 0;
        for (Line line : lines) {
            position++;
            table.row(
                    List.of(
                            line.position().orElse(Integer.toString(position)),
                            InvoiceText.itemName(line),
                            line.unit().orElse(""),
                            InvoiceText.amount(line.quantity()),
                            InvoiceText.amount(line.unitPrice()),
                            line.vatRate().orElse(""),
                            InvoiceText.amount(line.amount())),
                    false);
        }
        table.end();
    }

    private static void rateSummary(PageWriter w, List<RateSummary> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        float column = w.width() / 4;
        Table table = new Table(
                w,
                List.of(
                        new Column(InvoiceText.COL_RATE, column, false),
                        new Column(InvoiceText.COL_AMOUNT, column, true),
                        new Column(InvoiceText.COL_VAT, column, true),
                        new Column(InvoiceText.COL_TOTAL, column, true)),
                SIZE);
        w.ensure(60);
        new Sections(w, SIZE).caption(InvoiceText.RATE_SUMMARY, w.left());
        table.begin();
        for (RateSummary rate : summaries) {
            var vat = rate.vat().orElse(BigDecimal.ZERO);
            table.row(
                    List.of(
                            rate.vatRate(),
                            VnFormat.number(rate.amount()),
                            InvoiceText.amount(rate.vat()),
                            VnFormat.number(rate.amount().add(vat))),
                    false);
        }
        table.end();
    }

    private static void signatures(PageWriter w, Sections s, PrintableInvoice invoice) {
        float half = w.width() / 2;
        float boxWidth = half - 30;
        float needed = 40 + s.signatureBoxHeight(invoice, boxWidth);
        w.ensure(needed);
        float top = w.y();
        s.centred(InvoiceText.BUYER_SIGNS, w.fonts().bold(), w.left(), half);
        s.centred(
                "(" + InvoiceText.BUYER_SIGNATURE_HINT.inline() + ")",
                w.fonts().regular(),
                s.glossSize(),
                PageWriter.GLOSS,
                w.left(),
                half);
        w.moveTo(top);
        s.centred(InvoiceText.SELLER_SIGNS, w.fonts().bold(), w.left() + half, half);
        w.down(4);
        s.signatureBox(invoice, w.left() + half + 15, boxWidth);
    }
}
