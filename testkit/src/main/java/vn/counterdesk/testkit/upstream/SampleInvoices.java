package vn.counterdesk.testkit.upstream;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Small format-2.1.0 VAT invoices ({@code HDon}, one line, 10 %) for sync tests, written without
 * whitespace between tags. They carry an empty seller-signature slot: the sync path treats the
 * invoice as opaque signed bytes, and the simulator does not require the seller signature.
 */
public final class SampleInvoices {

    /** The seller of every sample invoice. */
    public static final String SELLER_TAX_CODE = "0100000001";
    /** The solution provider (MSTTCGP), also the sender code towards the T-VAN. */
    public static final String PROVIDER_TAX_CODE = "0100000000";

    private SampleInvoices() {}

    /** A correct invoice number {@code number} issued on {@code date} under symbol C{yy}TAA. */
    public static byte[] valid(int number, LocalDate date) {
        return invoice(number, date, false);
    }

    /** An invoice whose total payable does not add up: the upstream rejects it (204). */
    public static byte[] withWrongTotal(int number, LocalDate date) {
        return invoice(number, date, true);
    }

    private static byte[] invoice(int number, LocalDate date, boolean wrongTotal) {
        BigDecimal price = BigDecimal.valueOf(10_000L + (number % 997) * 1_000L);
        BigDecimal tax = price.divide(BigDecimal.TEN);
        BigDecimal payable = price.add(tax).add(wrongTotal ? BigDecimal.ONE : BigDecimal.ZERO);
        String symbol = "C" + String.format("%02d", date.getYear() % 100) + "TAA";
        String xml = "<HDon><DLHDon Id=\"DLHDon-" + UUID.randomUUID() + "\"><TTChung>"
                + "<PBan>2.1.0</PBan><THDon>Hóa đơn giá trị gia tăng</THDon><KHMSHDon>1</KHMSHDon>"
                + "<KHHDon>" + symbol + "</KHHDon><SHDon>" + number + "</SHDon><NLap>" + date + "</NLap>"
                + "<HDCTTChinh>0</HDCTTChinh><DVTTe>VND</DVTTe><HTTToan>TM/CK</HTTToan>"
                + "<MSTTCGP>" + PROVIDER_TAX_CODE + "</MSTTCGP></TTChung><NDHDon>"
                + "<NBan><Ten>Cửa hàng thử nghiệm CounterDesk</Ten><MST>" + SELLER_TAX_CODE + "</MST>"
                + "<DChi>1 Tràng Tiền, Hoàn Kiếm, Hà Nội</DChi></NBan>"
                + "<NMua><Ten>Khách lẻ</Ten></NMua><DSHHDVu><HHDVu><TChat>1</TChat><STT>1</STT>"
                + "<THHDVu>Dịch vụ sao y chứng thực</THHDVu><DVTinh>Lần</DVTinh><SLuong>1</SLuong>"
                + "<DGia>" + price + "</DGia><ThTien>" + price + "</ThTien><TSuat>10%</TSuat></HHDVu></DSHHDVu>"
                + "<TToan><THTTLTSuat><LTSuat><TSuat>10%</TSuat><ThTien>" + price + "</ThTien><TThue>" + tax
                + "</TThue></LTSuat></THTTLTSuat><TgTCThue>" + price + "</TgTCThue><TgTThue>" + tax
                + "</TgTThue><TgTTTBSo>" + payable + "</TgTTTBSo><TgTTTBChu>(bằng chữ)</TgTTTBChu></TToan>"
                + "</NDHDon></DLHDon><DSCKS><NBan/></DSCKS></HDon>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
