package vn.counterdesk.invoice.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Fee;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Party;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Totals;

/** Blocks both layouts draw the same way, at a given font size and column. */
final class Sections {

    static final Color VALID_GREEN = new Color(0x0A, 0x7A, 0x2F);
    static final Color WARNING_RED = new Color(0xB0, 0x1C, 0x1C);

    private final PageWriter w;
    private final float size;

    Sections(PageWriter writer, float size) {
        this.w = writer;
        this.size = size;
    }

    float glossSize() {
        return size * 0.88f;
    }

    /** "Caption (Gloss): value", the value wrapped under itself when it is long. */
    void labelValue(Label label, String value, float x, float width, PDFont valueFont) {
        PDFont regular = w.fonts().regular();
        String vi = label.vietnamese() + " ";
        String en = "(" + label.english() + "): ";
        float captionWidth = w.textWidth(vi, regular, size) + w.textWidth(en, regular, glossSize());
        boolean below = captionWidth > width * 0.6f;
        float valueX = below ? x : x + captionWidth;
        List<String> lines = w.wrap(value, valueFont, size, x + width - valueX);
        float lh = PageWriter.lineHeight(size);
        w.ensure(lh * (lines.size() + (below ? 1 : 0)));
        float baseline = w.y() - size;
        float cx = x + w.text(vi, x, baseline, regular, size, PageWriter.INK);
        w.text(en, cx, baseline, regular, glossSize(), PageWriter.GLOSS);
        if (below) {
            baseline -= lh;
        }
        for (String line : lines) {
            w.text(line, valueX, baseline, valueFont, size, PageWriter.INK);
            baseline -= lh;
        }
        w.down(lh * (lines.size() + (below ? 1 : 0)));
    }

    void labelValue(Label label, Optional<String> value, float x, float width) {
        value.ifPresent(v -> labelValue(label, v, x, width, w.fonts().regular()));
    }

    /** A bold one-line caption with its gloss. */
    void caption(Label label, float x) {
        float lh = PageWriter.lineHeight(size);
        w.ensure(lh);
        float baseline = w.y() - size;
        float cx = x + w.text(label.vietnamese() + " ", x, baseline, w.fonts().bold(), size, PageWriter.INK);
        w.text("(" + label.english() + ")", cx, baseline, w.fonts().regular(), glossSize(), PageWriter.GLOSS);
        w.down(lh);
    }

    /** Centred lines, wrapped to the width. */
    void centred(String text, PDFont font, float fontSize, Color color, float x, float width) {
        float lh = PageWriter.lineHeight(fontSize);
        for (String line : w.wrap(text, font, fontSize, width)) {
            w.ensure(lh);
            w.textCentered(line, x + width / 2, w.y() - fontSize, font, fontSize, color);
            w.down(lh);
        }
    }

    void centred(Label label, PDFont font, float x, float width) {
        centred(label.vietnamese(), font, size, PageWriter.INK, x, width);
        centred("(" + label.english() + ")", w.fonts().regular(), glossSize(), PageWriter.GLOSS, x, width);
    }

    void seller(Party seller, float x, float width) {
        seller.name()
                .ifPresent(name ->
                        labelValue(InvoiceText.SELLER, name, x, width, w.fonts().bold()));
        labelValue(InvoiceText.TAX_CODE, seller.taxCode(), x, width);
        labelValue(InvoiceText.ADDRESS, seller.address(), x, width);
        labelValue(InvoiceText.PHONE, seller.phone(), x, width);
        labelValue(
                InvoiceText.BANK_ACCOUNT,
                seller.bankAccount()
                        .map(a -> seller.bankName().map(b -> a + " - " + b).orElse(a)),
                x,
                width);
    }

    /** Buyer with every identifier the XML carries: tax code, personal ID ({@code CCCDan}), passport. */
    void buyer(PrintableInvoice invoice, float x, float width) {
        Party buyer = invoice.buyer();
        labelValue(InvoiceText.BUYER_PERSON, buyer.contactPerson(), x, width);
        buyer.name()
                .ifPresent(name -> labelValue(
                        buyer.taxCode().isPresent() ? InvoiceText.BUYER_UNIT : InvoiceText.BUYER_PERSON,
                        name,
                        x,
                        width,
                        w.fonts().bold()));
        labelValue(InvoiceText.TAX_CODE, buyer.taxCode(), x, width);
        labelValue(InvoiceText.ID_NUMBER, buyer.idNumber(), x, width);
        labelValue(InvoiceText.PASSPORT, buyer.passportNumber(), x, width);
        labelValue(InvoiceText.BUDGET_UNIT, buyer.budgetUnitCode(), x, width);
        labelValue(InvoiceText.ADDRESS, buyer.address(), x, width);
        labelValue(InvoiceText.PAYMENT, invoice.heading().paymentMethod(), x, width);
        String currency = invoice.heading().currency();
        labelValue(InvoiceText.CURRENCY, currency, x, width, w.fonts().regular());
        labelValue(InvoiceText.EXCHANGE_RATE, invoice.heading().exchangeRate().map(VnFormat::number), x, width);
    }

    /** Totals as caption-left, amount-right rows, the payable amount in bold, then the amount in words. */
    void totals(Totals totals, float x, float width) {
        totals.beforeVat().ifPresent(v -> amountRow(InvoiceText.TOTAL_BEFORE_VAT, v, false, x, width));
        totals.vat().ifPresent(v -> amountRow(InvoiceText.TOTAL_VAT, v, false, x, width));
        for (Fee fee : totals.fees()) {
            amountRow(new Label(fee.name(), InvoiceText.FEE.english()), fee.amount(), false, x, width);
        }
        totals.tradeDiscount().ifPresent(d -> amountRow(InvoiceText.TRADE_DISCOUNT, d, false, x, width));
        totals.otherDeductions().ifPresent(d -> amountRow(InvoiceText.OTHER_DEDUCTIONS, d, false, x, width));
        amountRow(InvoiceText.TOTAL_PAYABLE, totals.payable(), true, x, width);
    }

    /** Caption on the left (wrapped, gloss in grey), amount on the right of its first line. */
    private void amountRow(Label label, BigDecimal amount, boolean bold, float x, float width) {
        PDFont font = bold ? w.fonts().bold() : w.fonts().regular();
        PDFont regular = w.fonts().regular();
        String value = VnFormat.number(amount);
        float available = width - w.textWidth(value, font, size) - 6;
        String gloss = "(" + label.english() + "):";
        List<String> captionLines = w.wrap(label.vietnamese(), font, size, available);
        float lastWidth = w.textWidth(captionLines.getLast() + " ", font, size);
        boolean glossOnOwnLine = lastWidth + w.textWidth(gloss, regular, glossSize()) > available;
        int rows = captionLines.size() + (glossOnOwnLine ? 1 : 0);
        float lh = PageWriter.lineHeight(size);
        w.ensure(lh * rows);
        float firstBaseline = w.y() - size;
        float baseline = firstBaseline;
        for (String line : captionLines) {
            w.text(line, x, baseline, font, size, PageWriter.INK);
            baseline -= lh;
        }
        if (glossOnOwnLine) {
            w.text(gloss, x, baseline, regular, glossSize(), PageWriter.GLOSS);
        } else {
            w.text(gloss, x + lastWidth, baseline + lh, regular, glossSize(), PageWriter.GLOSS);
        }
        // drawn last so that copied text reads "caption (gloss): amount"
        w.textRight(value, x + width, firstBaseline, font, size, PageWriter.INK);
        w.down(lh * rows);
    }

    /** Height the seller signature box needs at {@code width}. */
    float signatureBoxHeight(PrintableInvoice invoice, float width) {
        return signatureLines(invoice, width).size() * PageWriter.lineHeight(size) + 8;
    }

    private List<String> signatureLines(PrintableInvoice invoice, float width) {
        var signature = invoice.sellerSignature();
        List<String> lines = new ArrayList<>();
        lines.add(InvoiceText.signatureVerdict(signature.status()).inline());
        signature
                .signer()
                .ifPresent(s -> lines.addAll(w.wrap(
                        InvoiceText.SIGNED_BY.inline() + ": " + s, w.fonts().regular(), size, width - 8)));
        signature.signingTime().ifPresent(t -> lines.add(InvoiceText.SIGNED_ON.inline() + ": " + VnFormat.dateTime(t)));
        return lines;
    }

    /** The seller signature box: verdict (green only when verified), signer, signing time. */
    void signatureBox(PrintableInvoice invoice, float x, float width) {
        float height = signatureBoxHeight(invoice, width);
        float top = w.y();
        SignatureStatus status = invoice.sellerSignature().status();
        Color frame = status == SignatureStatus.VALID ? VALID_GREEN : WARNING_RED;
        List<String> lines = signatureLines(invoice, width);
        float baseline = top - 4 - size;
        for (int i = 0; i < lines.size(); i++) {
            boolean verdict = i == 0;
            w.text(
                    lines.get(i),
                    x + 4,
                    baseline,
                    verdict ? w.fonts().bold() : w.fonts().regular(),
                    size,
                    verdict ? frame : PageWriter.INK);
            baseline -= PageWriter.lineHeight(size);
        }
        w.box(x, top, width, height, 0.8f);
        w.down(height);
    }
}
