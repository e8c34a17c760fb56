package vn.counterdesk.invoice.xml;

import static vn.counterdesk.invoice.xml.Elements.child;
import static vn.counterdesk.invoice.xml.Elements.children;
import static vn.counterdesk.invoice.xml.Elements.localName;
import static vn.counterdesk.invoice.xml.Elements.text;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.format.ElementRule;
import vn.counterdesk.invoice.format.FormatDefinition;
import vn.counterdesk.invoice.format.FormatDefinitions;
import vn.counterdesk.invoice.model.AuthorisedIssuer;
import vn.counterdesk.invoice.model.AuthorityCode;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.Fee;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.LineNature;
import vn.counterdesk.invoice.model.OtherInfo;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.model.SpecialGoodsField;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.validation.Problem;

/**
 * Reads {@code HDon} invoices produced anywhere: versions 2.0.0, 2.0.1 and 2.1.0, elements in any order, unknown
 * {@code TTKhac} entries kept, trailing zeros and legacy rate spellings accepted, unused namespace declarations
 * ignored. The input may be a bare {@code HDon} or a {@code TDiep} message holding exactly one.
 *
 * <p>Hardened: at most 2 MB, no DTD, no entities. Anything malformed ends in {@link InvoiceParseException} and
 * nothing else.
 */
public final class InvoiceXmlReader {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern LEGACY_PERCENT = Pattern.compile("[0-9]{1,2}(\\.[0-9]+)?");

    public ReadInvoice read(InputStream in) throws InvoiceParseException {
        return read(SecureXml.readBounded(in, FormatDefinitions.MAX_MESSAGE_BYTES));
    }

    public ReadInvoice read(byte[] xml) throws InvoiceParseException {
        Document document = SecureXml.parse(xml, FormatDefinitions.MAX_MESSAGE_BYTES);
        Element hdon = locateInvoice(document);
        try {
            return new Context(hdon).read(document);
        } catch (RuntimeException e) {
            // Defensive: a reader bug must still surface as the typed error, naming no data.
            throw new InvoiceParseException(
                    "cannot read the invoice: " + e.getClass().getSimpleName(), "/HDon", e);
        }
    }

    /** The {@code HDon} of a document: the root, or the one invoice in {@code TDiep/DLieu}. */
    public static Element locateInvoice(Document document) throws InvoiceParseException {
        Element root = document.getDocumentElement();
        String name = localName(root);
        if ("HDon".equals(name)) {
            return root;
        }
        if ("TDiep".equals(name)) {
            Element data =
                    child(root, "DLieu").orElseThrow(() -> new InvoiceParseException("TDiep has no DLieu", "/TDiep"));
            List<Element> invoices = children(data, "HDon");
            if (invoices.size() != 1) {
                throw new InvoiceParseException(
                        "TDiep/DLieu holds " + invoices.size() + " invoices; exactly one expected", "/TDiep/DLieu");
            }
            return invoices.getFirst();
        }
        throw new InvoiceParseException("root element is " + name + ", expected HDon or TDiep", "/" + name);
    }

    /** State of one read: the version found and the warnings collected. */
    private static final class Context {
        private final Element hdon;
        private final List<Problem> warnings = new ArrayList<>();
        private FormatDefinition format = FormatDefinitions.V2_1_0;

        Context(Element hdon) {
            this.hdon = hdon;
        }

        ReadInvoice read(Document document) throws InvoiceParseException {
            Element data = required(hdon, "DLHDon", "/HDon");
            Element general = required(data, "TTChung", "/HDon/DLHDon");
            String version = requiredText(general, "PBan", "/HDon/DLHDon/TTChung");
            format = FormatDefinitions.byVersion(version)
                    .orElseThrow(() -> new InvoiceParseException(
                            "unsupported format version " + version + " (readable: 2.0.0, 2.0.1, 2.1.0)",
                            "/HDon/DLHDon/TTChung/PBan"));
            checkKnown(hdon, format.invoice(), "/HDon");
            String dataId = data.getAttribute("Id");
            if (dataId.isEmpty()) {
                throw new InvoiceParseException("DLHDon has no Id attribute", "/HDon/DLHDon");
            }
            Element content = required(data, "NDHDon", "/HDon/DLHDon");
            Optional<AuthorityCode> authorityCode = child(hdon, "MCCQT")
                    .map(e -> new AuthorityCode(
                            e.getTextContent().strip(),
                            e.hasAttribute("Id") ? Optional.of(e.getAttribute("Id")) : Optional.empty()));
            Invoice invoice = new Invoice(
                    dataId,
                    general(general),
                    seller(required(content, "NBan", "/HDon/DLHDon/NDHDon")),
                    child(content, "NMua").map(this::buyer).orElseGet(Buyer::anonymous),
                    lines(required(content, "DSHHDVu", "/HDon/DLHDon/NDHDon")),
                    totals(required(content, "TToan", "/HDon/DLHDon/NDHDon")),
                    otherInfo(data),
                    text(hdon, "DLQRCode"),
                    authorityCode);
            return new ReadInvoice(invoice, document, hdon, format, warnings);
        }

        private GeneralInfo general(Element e) throws InvoiceParseException {
            String p = "/HDon/DLHDon/TTChung";
            Optional<AuthorisedIssuer> issuer = text(e, "MSTDVNUNLHDon")
                    .map(mst -> new AuthorisedIssuer(mst, text(e, "TDVNUNLHDon"), text(e, "DCDVNUNLHDon")));
            Optional<RelatedInvoice> related = Optional.empty();
            Optional<Element> relatedElement = child(e, "TTHDLQuan");
            if (relatedElement.isPresent()) {
                related = Optional.of(related(relatedElement.orElseThrow()));
            }
            Optional<Boolean> lease = Optional.empty();
            Optional<String> leaseText = text(e, "HDCTTChinh");
            if (leaseText.isPresent()) {
                String flag = leaseText.orElseThrow();
                if (!flag.equals("0") && !flag.equals("1")) {
                    throw new InvoiceParseException("HDCTTChinh must be 0 or 1", p + "/HDCTTChinh");
                }
                lease = Optional.of(flag.equals("1"));
            }
            return new GeneralInfo(
                    requiredText(e, "PBan", p),
                    requiredText(e, "THDon", p),
                    requiredText(e, "KHMSHDon", p),
                    requiredText(e, "KHHDon", p),
                    optionalInteger(e, "SHDon", p),
                    text(e, "MHSo"),
                    date(e, "NLap", p).orElseThrow(() -> new InvoiceParseException("NLap is required", p + "/NLap")),
                    lease,
                    text(e, "SBKe"),
                    date(e, "NBKe", p),
                    text(e, "DVTTe").orElse(GeneralInfo.VND),
                    number(e, "TGia", p),
                    text(e, "HTTToan"),
                    text(e, "MSTTCGP"),
                    issuer,
                    related,
                    otherInfo(e));
        }

        private RelatedInvoice related(Element e) throws InvoiceParseException {
            String p = "/HDon/DLHDon/TTChung/TTHDLQuan";
            int nature = optionalInteger(e, "TCHDon", p)
                    .orElseThrow(() -> new InvoiceParseException("TCHDon is required", p + "/TCHDon"))
                    .intValue();
            RelatedInvoice.Relation relation = RelatedInvoice.Relation.ofCode(nature)
                    .orElseThrow(() -> new InvoiceParseException("TCHDon must be 1 or 2", p + "/TCHDon"));
            return new RelatedInvoice(
                    relation,
                    optionalInteger(e, "LHDCLQuan", p).map(Long::intValue),
                    text(e, "KHMSHDCLQuan"),
                    text(e, "KHHDCLQuan"),
                    text(e, "SHDCLQuan"),
                    date(e, "NLHDCLQuan", p),
                    text(e, "GChu"),
                    text(e, "SBKCLQuan"),
                    date(e, "NBKCLQuan", p));
        }

        private Seller seller(Element e) throws InvoiceParseException {
            String p = "/HDon/DLHDon/NDHDon/NBan";
            return new Seller(
                    requiredText(e, "Ten", p),
                    requiredText(e, "MST", p),
                    text(e, "DChi").orElse(""),
                    text(e, "MCHang"),
                    text(e, "TCHang"),
                    text(e, "SDThoai"),
                    text(e, "DCTDTu"),
                    text(e, "STKNHang"),
                    text(e, "TNHang"),
                    text(e, "Fax"),
                    text(e, "Website"),
                    otherInfo(e));
        }

        private Buyer buyer(Element e) {
            return new Buyer(
                    text(e, "Ten"),
                    text(e, "MST"),
                    text(e, "MDVQHNSach"),
                    text(e, "DChi"),
                    text(e, "MKHang"),
                    text(e, "SDThoai"),
                    text(e, "CCCDan"),
                    text(e, "SHChieu"),
                    text(e, "DCTDTu"),
                    text(e, "HVTNMHang"),
                    text(e, "STKNHang"),
                    text(e, "TNHang"),
                    otherInfo(e));
        }

        private List<LineItem> lines(Element list) throws InvoiceParseException {
            List<LineItem> lines = new ArrayList<>();
            List<Element> items = children(list, "HHDVu");
            for (int i = 0; i < items.size(); i++) {
                lines.add(line(items.get(i), "/HDon/DLHDon/NDHDon/DSHHDVu/HHDVu[" + (i + 1) + "]"));
            }
            return lines;
        }

        private LineItem line(Element e, String p) throws InvoiceParseException {
            // Some producers omit TChat on ordinary lines; 1 is what they mean.
            int natureCode = optionalInteger(e, "TChat", p).orElse(1L).intValue();
            LineNature nature = LineNature.ofCode(natureCode)
                    .orElseThrow(() ->
                            new InvoiceParseException("TChat " + natureCode + " is not a line nature", p + "/TChat"));
            List<SpecialGoodsField> special = new ArrayList<>();
            Optional<Element> specialBlock = child(e, "TTHHDTrung");
            if (specialBlock.isPresent()) {
                for (Element t : children(specialBlock.orElseThrow(), "TTin")) {
                    special.add(new SpecialGoodsField(
                            optionalInteger(t, "LHHDTrung", p + "/TTHHDTrung/TTin")
                                    .orElse(0L)
                                    .intValue(),
                            text(t, "TTruong").orElse(""),
                            text(t, "DLieu").orElse("")));
                }
            }
            return new LineItem(
                    nature,
                    optionalInteger(e, "STT", p).map(Long::intValue),
                    text(e, "MHHDVu"),
                    text(e, "THHDVu").orElse(""),
                    text(e, "DVTinh"),
                    number(e, "SLuong", p),
                    number(e, "DGia", p),
                    number(e, "TLCKhau", p),
                    number(e, "STCKhau", p),
                    number(e, "ThTien", p),
                    text(e, "TSuat").map(this::taxRate),
                    special,
                    otherInfo(e));
        }

        private Totals totals(Element e) throws InvoiceParseException {
            String p = "/HDon/DLHDon/NDHDon/TToan";
            List<RateSummary> rates = new ArrayList<>();
            Optional<Element> rateBlock = child(e, "THTTLTSuat");
            if (rateBlock.isPresent()) {
                for (Element r : children(rateBlock.orElseThrow(), "LTSuat")) {
                    String rp = p + "/THTTLTSuat/LTSuat";
                    rates.add(new RateSummary(
                            text(r, "TSuat").map(this::taxRate),
                            number(r, "ThTien", rp).orElse(BigDecimal.ZERO),
                            number(r, "TThue", rp)));
                }
            }
            List<Fee> fees = new ArrayList<>();
            Optional<Element> feeBlock = child(e, "DSLPhi");
            if (feeBlock.isPresent()) {
                for (Element f : children(feeBlock.orElseThrow(), "LPhi")) {
                    fees.add(new Fee(
                            text(f, "TLPhi").orElse(""),
                            number(f, "TPhi", p + "/DSLPhi/LPhi").orElse(BigDecimal.ZERO)));
                }
            }
            return new Totals(
                    rates,
                    number(e, "TgTCThue", p),
                    number(e, "TGTKCThue", p),
                    number(e, "TgTThue", p),
                    fees,
                    number(e, "TTCKTMai", p),
                    number(e, "TGTKhac", p),
                    number(e, "TgTTTBSo", p)
                            .orElseThrow(() -> new InvoiceParseException("TgTTTBSo is required", p + "/TgTTTBSo")),
                    text(e, "TgTTTBChu").orElse(""),
                    otherInfo(e));
        }

        // Legacy spellings: "10" or "10\%" for 10%.
        private TaxRate taxRate(String raw) {
            String cleaned = raw.replace("\\", "");
            if (LEGACY_PERCENT.matcher(cleaned).matches()) {
                cleaned = cleaned + "%";
            }
            return new TaxRate(cleaned);
        }

        private List<OtherInfo> otherInfo(Element parent) {
            List<OtherInfo> info = new ArrayList<>();
            child(parent, "TTKhac").ifPresent(block -> {
                for (Element t : children(block, "TTin")) {
                    info.add(new OtherInfo(
                            text(t, "TTruong").orElse(""),
                            text(t, "KDLieu").orElse("string"),
                            child(t, "DLieu").map(Element::getTextContent).orElse("")));
                }
            });
            return info;
        }

        private void checkKnown(Element element, ElementRule rule, String path) {
            for (Element c : children(element)) {
                String name = localName(c);
                Optional<ElementRule> childRule = rule.child(name);
                if (childRule.isEmpty()) {
                    if (!"TTKhac".equals(rule.name())) {
                        warnings.add(Problem.warning(
                                "UNKNOWN_ELEMENT",
                                path + "/" + name,
                                name + " is not part of format " + format.version() + "; ignored"));
                    }
                } else if (!childRule.orElseThrow().children().isEmpty()) {
                    checkKnown(c, childRule.orElseThrow(), path + "/" + name);
                }
            }
        }

        private static Element required(Element parent, String name, String path) throws InvoiceParseException {
            return child(parent, name)
                    .orElseThrow(() -> new InvoiceParseException(name + " is missing", path + "/" + name));
        }

        private static String requiredText(Element parent, String name, String path) throws InvoiceParseException {
            return text(parent, name)
                    .orElseThrow(() -> new InvoiceParseException(name + " is missing or empty", path + "/" + name));
        }

        private static Optional<BigDecimal> number(Element parent, String name, String path)
                throws InvoiceParseException {
            Optional<String> raw = text(parent, name);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            if (!NUMBER.matcher(raw.orElseThrow()).matches()) {
                throw new InvoiceParseException(name + " is not a plain decimal number", path + "/" + name);
            }
            return Optional.of(new BigDecimal(raw.orElseThrow()));
        }

        private static Optional<Long> optionalInteger(Element parent, String name, String path)
                throws InvoiceParseException {
            Optional<String> raw = text(parent, name);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            if (!raw.orElseThrow().matches("[0-9]{1,18}")) {
                throw new InvoiceParseException(name + " is not a whole number", path + "/" + name);
            }
            return Optional.of(Long.parseLong(raw.orElseThrow()));
        }

        private static Optional<LocalDate> date(Element parent, String name, String path) throws InvoiceParseException {
            Optional<String> raw = text(parent, name);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            String value = raw.orElseThrow();
            // Some producers write a dateTime where a date belongs; the date part is what counts.
            String datePart = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
            try {
                return Optional.of(LocalDate.parse(datePart));
            } catch (DateTimeParseException e) {
                throw new InvoiceParseException(name + " is not a date YYYY-MM-DD", path + "/" + name, e);
            }
        }
    }
}
