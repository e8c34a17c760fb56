package vn.counterdesk.invoice.pdf;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds format 2.1.0 {@code HDon} test invoices: N lines alternating 10 % and 8 % at 10 000 đ, so
 * the totals are known by hand (N = 1: 11 000; N even: N × 10 900). Signed by {@link TestSigner}.
 */
final class SampleInvoice {

    static final String SELLER = "Công ty TNHH Dịch vụ Hành chính Ánh Dương";
    static final String SELLER_MST = "0312345678";
    static final String SELLER_ADDRESS = "Số 12 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh";
    static final String BUYER = "Nguyễn Thị Thủy Tiên";
    static final String BUYER_CCCD = "079301012345";
    static final String BUYER_ADDRESS = "Ấp Phước Lý, xã Đức Hòa, tỉnh Long An";
    static final String ITEM = "Dịch vụ chứng thực bản sao từ bản chính";

    private int lines = 1;
    private String symbol = "C25TAA";
    private String formDigit = "1";
    private String number = "123";
    private String words = "Mười một nghìn đồng.";
    private Optional<String> taxAuthorityCode = Optional.empty();
    private Optional<String> qrCode = Optional.empty();
    private Optional<String> adjustedNumber = Optional.empty();
    private boolean decomposedBuyerName;

    static SampleInvoice withLines(int lines, String words) {
        SampleInvoice invoice = new SampleInvoice();
        invoice.lines = lines;
        invoice.words = words;
        return invoice;
    }

    SampleInvoice cashRegister() {
        formDigit = "2";
        symbol = "C25MAA";
        taxAuthorityCode = Optional.of("M2-25-A1B2C-00001234567");
        return this;
    }

    SampleInvoice taxAuthorityCode(String code) {
        taxAuthorityCode = Optional.of(code);
        return this;
    }

    SampleInvoice qrCode(String payload) {
        qrCode = Optional.of(payload);
        return this;
    }

    SampleInvoice adjusting(String relatedNumber) {
        adjustedNumber = Optional.of(relatedNumber);
        return this;
    }

    /** Writes the buyer name in NFD, as some foreign systems do, to prove the print is still NFC. */
    SampleInvoice decomposedBuyerName() {
        decomposedBuyerName = true;
        return this;
    }

    String symbol() {
        return symbol;
    }

    String formDigit() {
        return formDigit;
    }

    String number() {
        return number;
    }

    BigDecimal payable() {
        return lines == 1 ? new BigDecimal(11_000) : new BigDecimal(10_900L * lines);
    }

    static String rateOf(int line) {
        return line % 2 == 1 ? "10%" : "8%";
    }

    /** The unsigned document with no whitespace between tags, ready to sign. */
    Document document() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().newDocument();
        Element hdon = doc.createElement("HDon");
        doc.appendChild(hdon);
        Element data = add(hdon, "DLHDon");
        data.setAttribute("Id", "DLHDon-" + symbol + "-" + number);
        data.setIdAttribute("Id", true);

        Element general = add(data, "TTChung");
        leaf(general, "PBan", "2.1.0");
        leaf(general, "THDon", formDigit.equals("1") ? "Hóa đơn giá trị gia tăng" : "Hóa đơn bán hàng");
        leaf(general, "KHMSHDon", formDigit);
        leaf(general, "KHHDon", symbol);
        leaf(general, "SHDon", number);
        leaf(general, "NLap", "2025-07-15");
        leaf(general, "HDCTTChinh", "0");
        leaf(general, "DVTTe", "VND");
        leaf(general, "HTTToan", "Tiền mặt/Chuyển khoản");
        leaf(general, "MSTTCGP", "0109999999");
        adjustedNumber.ifPresent(related -> {
            Element r = add(general, "TTHDLQuan");
            leaf(r, "TCHDon", "2");
            leaf(r, "LHDCLQuan", "1");
            leaf(r, "KHMSHDCLQuan", formDigit);
            leaf(r, "KHHDCLQuan", symbol);
            leaf(r, "SHDCLQuan", related);
            leaf(r, "NLHDCLQuan", "2025-06-05");
        });

        Element content = add(data, "NDHDon");
        Element seller = add(content, "NBan");
        leaf(seller, "Ten", SELLER);
        leaf(seller, "MST", SELLER_MST);
        leaf(seller, "DChi", SELLER_ADDRESS);
        leaf(seller, "SDThoai", "028 3822 1234");
        Element buyer = add(content, "NMua");
        leaf(buyer, "Ten", decomposedBuyerName ? Normalizer.normalize(BUYER, Normalizer.Form.NFD) : BUYER);
        leaf(buyer, "DChi", BUYER_ADDRESS);
        leaf(buyer, "CCCDan", BUYER_CCCD);

        Map<String, BigDecimal> perRate = new LinkedHashMap<>();
        Element list = add(content, "DSHHDVu");
        for (int i = 1; i <= lines; i++) {
            Element item = add(list, "HHDVu");
            leaf(item, "TChat", "1");
            leaf(item, "STT", Integer.toString(i));
            leaf(item, "THHDVu", ITEM + " số " + i);
            leaf(item, "DVTinh", "Bản");
            leaf(item, "SLuong", "1");
            leaf(item, "DGia", "10000");
            leaf(item, "ThTien", "10000");
            leaf(item, "TSuat", rateOf(i));
            perRate.merge(rateOf(i), new BigDecimal(10_000), BigDecimal::add);
        }
        Element totals = add(content, "TToan");
        Element rates = add(totals, "THTTLTSuat");
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (var rate : perRate.entrySet()) {
            BigDecimal tax = rate.getValue()
                    .multiply(new BigDecimal(rate.getKey().replace("%", "")))
                    .movePointLeft(2)
                    .stripTrailingZeros();
            Element r = add(rates, "LTSuat");
            leaf(r, "TSuat", rate.getKey());
            leaf(r, "ThTien", rate.getValue().toPlainString());
            leaf(r, "TThue", tax.toPlainString());
            before = before.add(rate.getValue());
            vat = vat.add(tax);
        }
        leaf(totals, "TgTCThue", before.toPlainString());
        leaf(totals, "TgTThue", vat.toPlainString());
        leaf(totals, "TgTTTBSo", before.add(vat).toPlainString());
        leaf(totals, "TgTTTBChu", words);
        if (!before.add(vat).equals(payable())) {
            throw new IllegalStateException("fixture arithmetic");
        }
        qrCode.ifPresent(payload -> leaf(hdon, "DLQRCode", payload));
        taxAuthorityCode.ifPresent(code -> {
            Element mccqt = leaf(hdon, "MCCQT", code);
            mccqt.setAttribute("Id", "MCCQT-" + number);
        });
        add(hdon, "DSCKS");
        return doc;
    }

    static byte[] serialise(Document doc) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    /** Signed bytes, as the issuing side stores them. */
    byte[] signed() throws Exception {
        return TestSigner.sign(document());
    }

    static List<String> expectedLineNames(int lines) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            names.add(ITEM + " số " + i);
        }
        return names;
    }

    private static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static Element leaf(Element parent, String name, String text) {
        Element e = add(parent, name);
        e.setTextContent(text);
        return e;
    }
}
