package vn.counterdesk.invoice.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Line;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RateSummary;

/**
 * The 80 mm roll layout for cash-register invoices: one column, items as two-line entries, pages as
 * long as their content (a tall page cropped to what was printed).
 */
final class ReceiptLayout {

    /** 80 mm wide; 200 inches is the largest page PDF allows. */
    static final PDRectangle PAGE = new PDRectangle(80 / 25.4f * 72, 14_400);

    static final float MARGIN = 10;
    private static final float SIZE = 7.5f;
    private static final float QR_SIZE = 110;

    private ReceiptLayout() {}

    static void draw(PageWriter w, PrintableInvoice invoice, String qrPayload) {
        Sections s = new Sections(w, SIZE);
        float x = w.left();
        float width = w.width();
        w.newPage();
        var seller = invoice.seller();
        seller.name().ifPresent(n -> s.centred(n, w.fonts().bold(), 9, PageWriter.INK, x, width));
        s.labelValue(InvoiceText.TAX_CODE, seller.taxCode(), x, width);
        s.labelValue(InvoiceText.ADDRESS, seller.address(), x, width);
        s.labelValue(InvoiceText.PHONE, seller.phone(), x, width);
        separator(w);

        s.centred(InvoiceText.titleVietnamese(invoice), w.fonts().bold(), 10, PageWriter.INK, x, width);
        s.centred("(" + InvoiceText.titleEnglish(invoice) + ")", w.fonts().regular(), 7, PageWriter.GLOSS, x, width);
        var heading = invoice.heading();
        s.labelValue(InvoiceText.FORM, heading.formDigit(), x, width, w.fonts().bold());
        s.labelValue(InvoiceText.SYMBOL, heading.symbol(), x, width, w.fonts().bold());
        heading.number()
                .ifPresent(n ->
                        s.labelValue(InvoiceText.NUMBER, n, x, width, w.fonts().bold()));
        s.labelValue(
                InvoiceText.DATE,
                VnFormat.longDate(heading.issueDate()),
                x,
                width,
                w.fonts().regular());
        invoice.taxAuthorityCode()
                .ifPresent(code -> s.labelValue(
                        InvoiceText.TAX_AUTHORITY_CODE,
                        code,
                        x,
                        width,
                        w.fonts().bold()));
        invoice.related().ifPresent(related -> {
            s.centred(InvoiceText.relatedSentence(related), w.fonts().bold(), SIZE, PageWriter.INK, x, width);
            s.centred(InvoiceText.relatedGloss(related), w.fonts().regular(), 6.5f, PageWriter.GLOSS, x, width);
        });
        separator(w);

        s.buyer(invoice, x, width);
        separator(w);

        Runnable itemsHeader = () -> {
            s.caption(InvoiceText.ITEMS, x);
            w.rule(x, x + width, w.y() - 1, 0.4f);
            w.down(3);
        };
        itemsHeader.run();
        w.onContinuation(itemsHeader);
        int position = 0;
        for (Line line : invoice.lines()) {
            position++;
            item(w, line, line.position().orElse(Integer.toString(position)));
        }
        w.onContinuation(() -> {});
        separator(w);

        for (RateSummary rate : invoice.rateSummaries()) {
            s.labelValue(
                    InvoiceText.COL_RATE,
                    rate.vatRate() + ": " + VnFormat.number(rate.amount())
                            + rate.vat()
                                    .map(v -> " / " + InvoiceText.COL_VAT.vietnamese() + " " + VnFormat.number(v))
                                    .orElse(""),
                    x,
                    width,
                    w.fonts().regular());
        }
        s.totals(invoice.totals(), x, width);
        s.labelValue(
                InvoiceText.IN_WORDS,
                invoice.totals().payableInWords(),
                x,
                width,
                w.fonts().bold());
        separator(w);

        w.ensure(30 + s.signatureBoxHeight(invoice, width));
        s.centred(InvoiceText.SELLER_SIGNS, w.fonts().bold(), x, width);
        w.down(2);
        s.signatureBox(invoice, x, width);
        w.down(8);
        w.ensure(QR_SIZE);
        QrSymbol.draw(w, qrPayload, x + (width - QR_SIZE) / 2, w.y(), QR_SIZE);
        w.down(QR_SIZE + 4);
        w.finish();
    }

    /** "1. Name" then "quantity unit × price · rate" with the amount on the right. */
    private static void item(PageWriter w, Line line, String position) {
        float lh = PageWriter.lineHeight(SIZE);
        var lines =
                w.wrap(position + ". " + InvoiceText.itemName(line), w.fonts().regular(), SIZE, w.width());
        boolean priced = line.amount().isPresent() || line.quantity().isPresent();
        w.ensure(lh * (lines.size() + (priced ? 1 : 0)) + 2);
        for (String text : lines) {
            w.text(text, w.left(), w.y() - SIZE, w.fonts().regular(), SIZE, PageWriter.INK);
            w.down(lh);
        }
        if (priced) {
            String detail = InvoiceText.amount(line.quantity())
                    + line.unit().map(u -> " " + u).orElse("")
                    + line.unitPrice().map(p -> " × " + VnFormat.number(p)).orElse("")
                    + line.vatRate().map(r -> " · " + r).orElse("");
            w.text(detail, w.left() + 8, w.y() - SIZE, w.fonts().regular(), SIZE, PageWriter.GLOSS);
            w.textRight(
                    InvoiceText.amount(line.amount()),
                    w.right(),
                    w.y() - SIZE,
                    w.fonts().bold(),
                    SIZE,
                    PageWriter.INK);
            w.down(lh);
        }
        w.down(2);
    }

    private static void separator(PageWriter w) {
        w.down(3);
        w.rule(w.left(), w.right(), w.y(), 0.4f);
        w.down(4);
    }
}
