package vn.counterdesk.invoice.pdf;

import java.time.Clock;
import java.util.Optional;
import vn.counterdesk.invoice.model.AuthorityCode;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.RelatedInvoice.Relation;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Correction;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Fee;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Heading;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Line;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Party;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RateSummary;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RelatedInvoice;
import vn.counterdesk.invoice.pdf.PrintableInvoice.SignatureBox;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Totals;
import vn.counterdesk.invoice.sign.InvoiceVerifier;
import vn.counterdesk.invoice.sign.SignatureCheck;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.ReadInvoice;

/**
 * Turns signed XML into its printable view: the data through the invoice reader (hardened, tolerant of
 * 2.0.x) and the seller signature box (signer, signing time, verdict) from the invoice verifier, run on
 * the same parsed document. Nothing is re-serialised; the bytes stay the legal original.
 */
public final class PrintableInvoiceReader {

    private final InvoiceXmlReader xmlReader = new InvoiceXmlReader();
    private final InvoiceVerifier verifier;

    /** @param clock "now" for the verifier's certificate checks */
    public PrintableInvoiceReader(Clock clock) {
        this.verifier = new InvoiceVerifier(clock);
    }

    public PrintableInvoice read(byte[] signedXml) throws InvoiceParseException {
        ReadInvoice read = xmlReader.read(signedXml);
        Invoice invoice = read.invoice();
        return new PrintableInvoice(
                heading(invoice.general()),
                seller(invoice.seller()),
                buyer(invoice.buyer()),
                invoice.lines().stream().map(PrintableInvoiceReader::line).toList(),
                invoice.totals().rateSummaries().stream()
                        .map(r -> new RateSummary(r.rate().map(TaxRate::code).orElse(""), r.amount(), r.tax()))
                        .toList(),
                totals(invoice.totals()),
                signatureBox(verifier.verify(read).seller()),
                invoice.authorityCode().map(AuthorityCode::value),
                related(invoice.general()),
                invoice.qrCode());
    }

    /** "Valid" only when the verifier says the seller signature holds; never inferred here. */
    private static SignatureBox signatureBox(Optional<SignatureCheck> seller) {
        if (seller.isEmpty()) {
            return new SignatureBox(Optional.empty(), Optional.empty(), SignatureStatus.ABSENT);
        }
        SignatureCheck check = seller.get();
        return new SignatureBox(
                check.signer(), check.signingTime(), check.valid() ? SignatureStatus.VALID : SignatureStatus.INVALID);
    }

    private static Heading heading(GeneralInfo general) {
        return new Heading(
                general.invoiceName(),
                general.form(),
                general.symbol(),
                general.number().map(String::valueOf),
                general.issueDate(),
                general.currency(),
                general.exchangeRate(),
                general.paymentMethod());
    }

    private static Party seller(Seller seller) {
        return new Party(
                Optional.of(seller.name()),
                Optional.of(seller.taxCode()),
                Optional.of(seller.address()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                seller.phone(),
                seller.email(),
                seller.bankAccount(),
                seller.bankName());
    }

    private static Party buyer(Buyer buyer) {
        return new Party(
                buyer.name(),
                buyer.taxCode(),
                buyer.address(),
                buyer.idNumber(),
                buyer.passportNumber(),
                buyer.budgetUnitCode(),
                buyer.purchaserName(),
                buyer.phone(),
                buyer.email(),
                buyer.bankAccount(),
                buyer.bankName());
    }

    private static Line line(LineItem item) {
        return new Line(
                item.nature().code(),
                item.lineNumber().map(String::valueOf),
                item.itemCode(),
                item.name(),
                item.unit(),
                item.quantity(),
                item.unitPrice(),
                item.discountAmount(),
                item.amount(),
                item.taxRate().map(TaxRate::code));
    }

    private static Totals totals(vn.counterdesk.invoice.model.Totals totals) {
        return new Totals(
                totals.totalBeforeTax(),
                totals.totalTax(),
                totals.fees().stream().map(f -> new Fee(f.name(), f.amount())).toList(),
                totals.tradeDiscount(),
                totals.otherDeductions(),
                totals.totalPayable(),
                totals.totalPayableInWords());
    }

    private static Optional<RelatedInvoice> related(GeneralInfo general) {
        return general.related()
                .map(r -> new RelatedInvoice(
                        r.relation() == Relation.REPLACEMENT ? Correction.REPLACEMENT : Correction.ADJUSTMENT,
                        r.form(),
                        r.symbol(),
                        r.number(),
                        r.issueDate(),
                        r.note()));
    }
}
