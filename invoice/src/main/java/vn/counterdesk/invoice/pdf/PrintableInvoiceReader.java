package vn.counterdesk.invoice.pdf;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
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
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.ReadInvoice;

/**
 * Turns signed XML into its printable view: the data through the invoice reader (hardened, tolerant of
 * 2.0.x), the signature box from {@code DSCKS/NBan/Signature} of the same parsed document, and the
 * "valid" verdict from a {@link SellerSignatureCheck} over the exact signed bytes.
 */
public final class PrintableInvoiceReader {

    private static final String XMLDSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private final InvoiceXmlReader xmlReader = new InvoiceXmlReader();
    private final SellerSignatureCheck signatureCheck;

    public PrintableInvoiceReader(SellerSignatureCheck signatureCheck) {
        this.signatureCheck = signatureCheck;
    }

    public PrintableInvoice read(byte[] signedXml) throws InvoiceParseException {
        ReadInvoice read = xmlReader.read(signedXml);
        Invoice invoice = read.invoice();
        Optional<Element> signature = sellerSignature(read.invoiceElement());
        SignatureStatus status =
                signature.isPresent() ? signatureCheck.check(signedXml.clone()) : SignatureStatus.ABSENT;
        return new PrintableInvoice(
                heading(invoice.general()),
                seller(invoice.seller()),
                buyer(invoice.buyer()),
                invoice.lines().stream().map(PrintableInvoiceReader::line).toList(),
                invoice.totals().rateSummaries().stream()
                        .map(r -> new RateSummary(r.rate().map(TaxRate::code).orElse(""), r.amount(), r.tax()))
                        .toList(),
                totals(invoice.totals()),
                new SignatureBox(
                        signature.flatMap(PrintableInvoiceReader::signer),
                        signature.flatMap(PrintableInvoiceReader::signingTime),
                        status),
                invoice.authorityCode().map(AuthorityCode::value),
                related(invoice.general()),
                invoice.qrCode());
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

    private static Optional<Element> sellerSignature(Element hdon) {
        return child(hdon, "DSCKS")
                .flatMap(list -> child(list, "NBan"))
                .flatMap(nban -> child(nban, "Signature"))
                .filter(s -> XMLDSIG_NS.equals(s.getNamespaceURI()));
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> descendantText(Element from, String localName) {
        var nodes = from.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            return Optional.empty();
        }
        String value = nodes.item(0).getTextContent().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    /** The signer's common name from the embedded certificate, else from {@code X509SubjectName}. */
    private static Optional<String> signer(Element signature) {
        return descendantText(signature, "X509Certificate")
                .flatMap(PrintableInvoiceReader::certificateSubject)
                .or(() -> descendantText(signature, "X509SubjectName"))
                .map(PrintableInvoiceReader::commonName);
    }

    private static Optional<String> certificateSubject(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            var certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return Optional.of(certificate.getSubjectX500Principal().getName());
        } catch (CertificateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String commonName(String distinguishedName) {
        try {
            for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // not an RFC 2253 name: print it as written
        }
        return distinguishedName;
    }

    private static Optional<LocalDateTime> signingTime(Element signature) {
        return descendantText(signature, "SigningTime").flatMap(value -> {
            try {
                // GMT+7 without offset per the profile; tolerate an offset or fraction some issuers add.
                return Optional.of(LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
