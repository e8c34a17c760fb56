package vn.counterdesk.invoice.xml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.format.ElementRule;
import vn.counterdesk.invoice.format.FormatDefinition;
import vn.counterdesk.invoice.format.FormatDefinitions;
import vn.counterdesk.invoice.format.ValueType;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.Fee;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.OtherInfo;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.model.SpecialGoodsField;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.validation.Problem;

/**
 * Writes an invoice as {@code HDon} in the element order, lengths and formats of one format definition
 * (2.1.0 by default): no namespace, no whitespace between tags, canonical numbers, NFC text, and an empty
 * {@code DSCKS/NBan} for the seller's signature. Every document written is validated against the version's XSD;
 * an invoice that breaks the format is refused with the list of problems.
 */
public final class InvoiceXmlWriter {

    private final FormatDefinition format;
    private final InvoiceSchema schema;

    public InvoiceXmlWriter(FormatDefinition format) {
        this.format = Objects.requireNonNull(format, "format");
        this.schema = InvoiceSchema.of(format)
                .orElseThrow(() -> new IllegalArgumentException("format " + format.version() + " is read-only"));
    }

    /** The writer of the current format, 2.1.0. */
    public static InvoiceXmlWriter current() {
        return new InvoiceXmlWriter(FormatDefinitions.V2_1_0);
    }

    public FormatDefinition format() {
        return format;
    }

    /** The unsigned invoice as UTF-8 bytes, validated against the XSD. */
    public byte[] write(Invoice invoice) throws InvalidInvoiceException {
        return SecureXml.serialize(toDocument(invoice));
    }

    /** The unsigned invoice as a DOM document (for signing), validated against the XSD. */
    public Document toDocument(Invoice invoice) throws InvalidInvoiceException {
        if (!format.version().equals(invoice.general().formatVersion())) {
            throw new InvalidInvoiceException(List.of(Problem.error(
                    "FORMAT_VERSION",
                    "/HDon/DLHDon/TTChung/PBan",
                    "invoice is in version " + invoice.general().formatVersion() + ", this writer writes "
                            + format.version())));
        }
        List<Problem> problems = new ArrayList<>();
        Document document = SecureXml.newDocument();
        document.appendChild(emit(document, invoiceNode(invoice), format.invoice(), "", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInvoiceException(problems);
        }
        List<Problem> schemaProblems = schema.validate(document);
        if (!schemaProblems.isEmpty()) {
            throw new InvalidInvoiceException(schemaProblems);
        }
        return document;
    }

    private static Node invoiceNode(Invoice invoice) {
        Node data = Node.group("DLHDon").attribute("Id", invoice.dataId());
        data.add(generalNode(invoice.general()));
        data.add(Node.group("NDHDon")
                .add(sellerNode(invoice.seller()))
                .add(buyerNode(invoice.buyer()))
                .add(linesNode(invoice.lines()))
                .add(totalsNode(invoice.totals())));
        otherInfo(data, invoice.otherInfo());
        Node root = Node.group("HDon").add(data).add("DLQRCode", invoice.qrCode());
        invoice.authorityCode().ifPresent(code -> {
            Node mccqt = Node.leaf("MCCQT", code.value());
            code.id().ifPresent(id -> mccqt.attribute("Id", id));
            root.add(mccqt);
        });
        return root.add(Node.group("DSCKS").add(Node.group("NBan")));
    }

    private static Node generalNode(GeneralInfo g) {
        Node n = Node.group("TTChung")
                .add("PBan", g.formatVersion())
                .add("THDon", g.invoiceName())
                .add("KHMSHDon", g.form())
                .add("KHHDon", g.symbol());
        g.number().ifPresent(number -> n.integer("SHDon", number));
        n.add("MHSo", g.dossierCode()).date("NLap", g.issueDate());
        g.financialLease().ifPresent(lease -> n.add("HDCTTChinh", lease ? "1" : "0"));
        n.add("SBKe", g.listNumber())
                .date("NBKe", g.listDate())
                .add("DVTTe", g.currency())
                .number("TGia", g.exchangeRate())
                .add("HTTToan", g.paymentMethod())
                .add("MSTTCGP", g.providerTaxCode());
        g.authorisedIssuer()
                .ifPresent(a -> n.add("MSTDVNUNLHDon", a.taxCode())
                        .add("TDVNUNLHDon", a.name())
                        .add("DCDVNUNLHDon", a.address()));
        g.related().ifPresent(r -> n.add(relatedNode(r)));
        otherInfo(n, g.otherInfo());
        return n;
    }

    private static Node relatedNode(RelatedInvoice r) {
        Node n = Node.group("TTHDLQuan").integer("TCHDon", r.relation().code());
        r.relatedType().ifPresent(t -> n.integer("LHDCLQuan", t));
        return n.add("KHMSHDCLQuan", r.form())
                .add("KHHDCLQuan", r.symbol())
                .add("SHDCLQuan", r.number())
                .date("NLHDCLQuan", r.issueDate())
                .add("GChu", r.note())
                .add("SBKCLQuan", r.listNumber())
                .date("NBKCLQuan", r.listDate());
    }

    private static Node sellerNode(Seller s) {
        Node n = Node.group("NBan")
                .add("Ten", s.name())
                .add("MST", s.taxCode())
                .add("DChi", s.address())
                .add("MCHang", s.storeCode())
                .add("TCHang", s.storeName())
                .add("SDThoai", s.phone())
                .add("DCTDTu", s.email())
                .add("STKNHang", s.bankAccount())
                .add("TNHang", s.bankName())
                .add("Fax", s.fax())
                .add("Website", s.website());
        otherInfo(n, s.otherInfo());
        return n;
    }

    private static Node buyerNode(Buyer b) {
        Node n = Node.group("NMua")
                .add("Ten", b.name())
                .add("MST", b.taxCode())
                .add("MDVQHNSach", b.budgetUnitCode())
                .add("DChi", b.address())
                .add("MKHang", b.customerCode())
                .add("SDThoai", b.phone())
                .add("CCCDan", b.idNumber())
                .add("SHChieu", b.passportNumber())
                .add("DCTDTu", b.email())
                .add("HVTNMHang", b.purchaserName())
                .add("STKNHang", b.bankAccount())
                .add("TNHang", b.bankName());
        otherInfo(n, b.otherInfo());
        return n;
    }

    private static Node linesNode(List<LineItem> lines) {
        Node list = Node.group("DSHHDVu");
        for (LineItem line : lines) {
            Node n = Node.group("HHDVu").integer("TChat", line.nature().code());
            line.lineNumber().ifPresent(stt -> n.integer("STT", stt));
            n.add("MHHDVu", line.itemCode())
                    .add("THHDVu", line.name())
                    .add("DVTinh", line.unit())
                    .number("SLuong", line.quantity())
                    .number("DGia", line.unitPrice())
                    .number("TLCKhau", line.discountRate())
                    .number("STCKhau", line.discountAmount())
                    .number("ThTien", line.amount())
                    .add("TSuat", line.taxRate().map(TaxRate::code));
            if (!line.specialGoods().isEmpty()) {
                Node special = Node.group("TTHHDTrung");
                for (SpecialGoodsField f : line.specialGoods()) {
                    special.add(Node.group("TTin")
                            .integer("LHHDTrung", f.type())
                            .add("TTruong", f.field())
                            .add("DLieu", f.value()));
                }
                n.add(special);
            }
            otherInfo(n, line.otherInfo());
            list.add(n);
        }
        return list;
    }

    private static Node totalsNode(Totals t) {
        Node n = Node.group("TToan");
        if (!t.rateSummaries().isEmpty()) {
            Node rates = Node.group("THTTLTSuat");
            for (RateSummary r : t.rateSummaries()) {
                rates.add(Node.group("LTSuat")
                        .add("TSuat", r.rate().map(TaxRate::code))
                        .number("ThTien", r.amount())
                        .number("TThue", r.tax()));
            }
            n.add(rates);
        }
        n.number("TgTCThue", t.totalBeforeTax())
                .number("TGTKCThue", t.nonTaxableDeduction())
                .number("TgTThue", t.totalTax());
        if (!t.fees().isEmpty()) {
            Node fees = Node.group("DSLPhi");
            for (Fee fee : t.fees()) {
                fees.add(Node.group("LPhi").add("TLPhi", fee.name()).number("TPhi", fee.amount()));
            }
            n.add(fees);
        }
        n.number("TTCKTMai", t.tradeDiscount())
                .number("TGTKhac", t.otherDeductions())
                .number("TgTTTBSo", t.totalPayable())
                .add("TgTTTBChu", t.totalPayableInWords());
        otherInfo(n, t.otherInfo());
        return n;
    }

    private static void otherInfo(Node parent, List<OtherInfo> info) {
        if (info.isEmpty()) {
            return;
        }
        Node block = Node.group("TTKhac");
        for (OtherInfo i : info) {
            block.add(Node.group("TTin")
                    .add("TTruong", i.field())
                    .add("KDLieu", i.dataType())
                    .add("DLieu", i.value()));
        }
        parent.add(block);
    }

    // Emits the node with its children sorted into the definition's order and checks what the definition says
    // about presence, repetition, length and number format.
    private static Element emit(
            Document document, Node node, ElementRule rule, String parentPath, List<Problem> problems) {
        String path = parentPath + "/" + node.name;
        Element element = document.createElement(node.name);
        node.attributes.forEach(element::setAttribute);
        if (rule.type() == ValueType.GROUP) {
            for (ElementRule childRule : rule.children()) {
                long count = node.children.stream()
                        .filter(c -> c.name.equals(childRule.name()))
                        .count();
                if (count == 0 && childRule.presence().mandatory()) {
                    problems.add(Problem.error(
                            "REQUIRED", path + "/" + childRule.name(), childRule.name() + " is required"));
                }
                if (count > 1 && !childRule.repeatable()) {
                    problems.add(Problem.error(
                            "REPEATED", path + "/" + childRule.name(), childRule.name() + " may occur once"));
                }
            }
            List<Node> ordered = node.children.stream()
                    .sorted(Comparator.comparingInt(c -> position(rule, c)))
                    .toList();
            for (Node child : ordered) {
                ElementRule childRule = rule.child(child.name).orElseThrow();
                element.appendChild(emit(document, child, childRule, path, problems));
            }
        } else {
            String text = node.text.orElse("");
            checkValue(text, rule, path, problems);
            element.setTextContent(text);
        }
        return element;
    }

    private static int position(ElementRule rule, Node child) {
        int index = rule.indexOf(child.name);
        if (index < 0) {
            throw new IllegalStateException(child.name + " is not part of " + rule.name() + " in this format version");
        }
        return index;
    }

    private static void checkValue(String text, ElementRule rule, String path, List<Problem> problems) {
        switch (rule.type()) {
            case STRING -> {
                if (text.isEmpty() && rule.presence().mandatory()) {
                    problems.add(Problem.error("REQUIRED", path, rule.name() + " must not be empty"));
                }
                if (text.codePointCount(0, text.length()) > rule.maxLength()) {
                    problems.add(Problem.error(
                            "TOO_LONG", path, rule.name() + " is longer than " + rule.maxLength() + " characters"));
                }
            }
            case NUMBER -> {
                BigDecimal value = new BigDecimal(text);
                int decimals = Math.max(value.scale(), 0);
                int digits = value.unscaledValue().abs().toString().length() + Math.max(-value.scale(), 0);
                if (decimals > rule.maxDecimals() || digits > rule.maxLength()) {
                    problems.add(Problem.error(
                            "NUMBER_FORMAT",
                            path,
                            rule.name() + " " + text + " exceeds " + rule.maxLength() + " digits / "
                                    + rule.maxDecimals() + " decimals"));
                }
            }
            case DATE, DATE_TIME, GROUP -> {
                // Written from LocalDate / LocalDateTime: the format is right by construction.
            }
        }
    }
}
