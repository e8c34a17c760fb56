package vn.counterdesk.invoice.pdf;

import static vn.counterdesk.invoice.pdf.HardenedXml.child;
import static vn.counterdesk.invoice.pdf.HardenedXml.children;
import static vn.counterdesk.invoice.pdf.HardenedXml.path;
import static vn.counterdesk.invoice.pdf.HardenedXml.text;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Correction;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Fee;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Heading;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Line;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Party;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RateSummary;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RelatedInvoice;
import vn.counterdesk.invoice.pdf.PrintableInvoice.SignatureBox;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Totals;

/**
 * Maps a signed {@code HDon} to its printable view. Reads in any element order (the official XSD is
 * not public), accepts format 2.0.x and 2.1.0, and reports a missing required field by its path.
 */
public final class PrintableInvoiceReader {

    private static final String XMLDSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private final SellerSignatureCheck signatureCheck;

    public PrintableInvoiceReader(SellerSignatureCheck signatureCheck) {
        this.signatureCheck = signatureCheck;
    }

    public PrintableInvoice read(byte[] signedXml) throws UnreadableInvoiceException {
        Document document = HardenedXml.parse(signedXml);
        Element hdon = document.getDocumentElement();
        if (!"HDon".equals(hdon.getLocalName())) {
            throw new UnreadableInvoiceException("root element is " + hdon.getLocalName() + ", expected HDon");
        }
        Element general = required(hdon, "DLHDon", "TTChung");
        Element content = required(hdon, "DLHDon", "NDHDon");
        Element totals = required(content, "TToan");
        Optional<Element> signature = sellerSignature(hdon);
        SignatureStatus status =
                signature.isPresent() ? signatureCheck.check(signedXml.clone()) : SignatureStatus.ABSENT;
        return new PrintableInvoice(
                heading(general),
                party(child(content, "NBan")),
                party(child(content, "NMua")),
                lines(content),
                rateSummaries(totals),
                totals(totals),
                new SignatureBox(
                        signature.flatMap(PrintableInvoiceReader::signer),
                        signature.flatMap(PrintableInvoiceReader::signingTime),
                        status),
                text(hdon, "MCCQT"),
                related(general),
                text(hdon, "DLQRCode"));
    }

    private static Heading heading(Element general) throws UnreadableInvoiceException {
        return new Heading(
                requiredText(general, "THDon"),
                requiredText(general, "KHMSHDon"),
                requiredText(general, "KHHDon"),
                text(general, "SHDon"),
                date(general, "NLap").orElseThrow(() -> missing(general, "NLap")),
                text(general, "DVTTe").orElse("VND"),
                number(general, "TGia"),
                text(general, "HTTToan"));
    }

    private static Party party(Optional<Element> element) {
        if (element.isEmpty()) {
            return new Party(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        Element e = element.get();
        return new Party(
                text(e, "Ten"),
                text(e, "MST"),
                text(e, "DChi"),
                text(e, "CCCDan"),
                text(e, "SHChieu"),
                text(e, "MDVQHNSach"),
                text(e, "HVTNMHang"),
                text(e, "SDThoai"),
                text(e, "DCTDTu"),
                text(e, "STKNHang"),
                text(e, "TNHang"));
    }

    private static List<Line> lines(Element content) throws UnreadableInvoiceException {
        Optional<Element> list = child(content, "DSHHDVu");
        List<Line> lines = new ArrayList<>();
        for (Element item : list.map(l -> children(l, "HHDVu")).orElse(List.of())) {
            lines.add(new Line(
                    nature(item),
                    text(item, "STT"),
                    text(item, "MHHDVu"),
                    requiredText(item, "THHDVu"),
                    text(item, "DVTinh"),
                    number(item, "SLuong"),
                    number(item, "DGia"),
                    number(item, "STCKhau"),
                    number(item, "ThTien"),
                    text(item, "TSuat")));
        }
        return lines;
    }

    private static int nature(Element item) throws UnreadableInvoiceException {
        Optional<String> value = text(item, "TChat");
        if (value.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new UnreadableInvoiceException("HHDVu/TChat is not a number", e);
        }
    }

    private static List<RateSummary> rateSummaries(Element totals) throws UnreadableInvoiceException {
        List<RateSummary> summaries = new ArrayList<>();
        Optional<Element> list = child(totals, "THTTLTSuat");
        for (Element rate : list.map(l -> children(l, "LTSuat")).orElse(List.of())) {
            summaries.add(new RateSummary(
                    text(rate, "TSuat").orElse(""),
                    number(rate, "ThTien").orElseThrow(() -> missing(rate, "ThTien")),
                    number(rate, "TThue")));
        }
        return summaries;
    }

    private static Totals totals(Element totals) throws UnreadableInvoiceException {
        List<Fee> fees = new ArrayList<>();
        Optional<Element> feeList = child(totals, "DSLPhi");
        for (Element fee : feeList.map(l -> children(l, "LPhi")).orElse(List.of())) {
            fees.add(new Fee(
                    text(fee, "TLPhi").orElse(""), number(fee, "TPhi").orElseThrow(() -> missing(fee, "TPhi"))));
        }
        return new Totals(
                number(totals, "TgTCThue").orElse(BigDecimal.ZERO),
                number(totals, "TgTThue").orElse(BigDecimal.ZERO),
                fees,
                number(totals, "TTCKTMai"),
                number(totals, "TGTKhac"),
                number(totals, "TgTTTBSo").orElseThrow(() -> missing(totals, "TgTTTBSo")),
                requiredText(totals, "TgTTTBChu"));
    }

    private static Optional<RelatedInvoice> related(Element general) throws UnreadableInvoiceException {
        Optional<Element> related = child(general, "TTHDLQuan");
        if (related.isEmpty()) {
            return Optional.empty();
        }
        Element r = related.get();
        Correction correction = switch (requiredText(r, "TCHDon")) {
            case "1" -> Correction.REPLACEMENT;
            case "2" -> Correction.ADJUSTMENT;
            default -> throw new UnreadableInvoiceException("TTHDLQuan/TCHDon must be 1 or 2");
        };
        return Optional.of(new RelatedInvoice(
                correction,
                text(r, "KHMSHDCLQuan"),
                text(r, "KHHDCLQuan"),
                text(r, "SHDCLQuan"),
                date(r, "NLHDCLQuan"),
                text(r, "GChu")));
    }

    private static Optional<Element> sellerSignature(Element hdon) {
        return path(hdon, "DSCKS", "NBan")
                .flatMap(nban -> children(nban, "Signature").stream()
                        .filter(s -> XMLDSIG_NS.equals(s.getNamespaceURI()))
                        .findFirst());
    }

    /** The signer's common name from the embedded certificate, else from {@code X509SubjectName}. */
    private static Optional<String> signer(Element signature) {
        Optional<String> subject = HardenedXml.firstDescendant(signature, "X509Certificate")
                .flatMap(HardenedXml::text)
                .flatMap(PrintableInvoiceReader::certificateSubject)
                .or(() -> HardenedXml.firstDescendant(signature, "X509SubjectName")
                        .flatMap(HardenedXml::text));
        return subject.flatMap(PrintableInvoiceReader::commonName);
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

    private static Optional<String> commonName(String distinguishedName) {
        try {
            for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
            return Optional.of(distinguishedName);
        } catch (InvalidNameException e) {
            return Optional.of(distinguishedName);
        }
    }

    private static Optional<LocalDateTime> signingTime(Element signature) {
        return HardenedXml.firstDescendant(signature, "SigningTime")
                .flatMap(HardenedXml::text)
                .flatMap(value -> {
                    try {
                        // GMT+7 without offset per the profile; tolerate an offset some issuers add.
                        return Optional.of(LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value));
                    } catch (DateTimeParseException e) {
                        return Optional.empty();
                    }
                });
    }

    private static Element required(Element from, String... path) throws UnreadableInvoiceException {
        return path(from, path)
                .orElseThrow(() -> new UnreadableInvoiceException("missing element " + String.join("/", path)));
    }

    private static String requiredText(Element parent, String name) throws UnreadableInvoiceException {
        return text(parent, name).orElseThrow(() -> missing(parent, name));
    }

    private static UnreadableInvoiceException missing(Element parent, String name) {
        return new UnreadableInvoiceException("missing " + parent.getLocalName() + "/" + name);
    }

    private static Optional<BigDecimal> number(Element parent, String name) throws UnreadableInvoiceException {
        Optional<String> value = text(parent, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.get()));
        } catch (NumberFormatException e) {
            throw new UnreadableInvoiceException(parent.getLocalName() + "/" + name + " is not a number", e);
        }
    }

    private static Optional<LocalDate> date(Element parent, String name) throws UnreadableInvoiceException {
        Optional<String> value = text(parent, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get()));
        } catch (DateTimeParseException e) {
            throw new UnreadableInvoiceException(parent.getLocalName() + "/" + name + " is not a date", e);
        }
    }
}
