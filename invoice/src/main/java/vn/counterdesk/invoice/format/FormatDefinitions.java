package vn.counterdesk.invoice.format;

import static vn.counterdesk.invoice.format.ElementRule.date;
import static vn.counterdesk.invoice.format.ElementRule.group;
import static vn.counterdesk.invoice.format.ElementRule.number;
import static vn.counterdesk.invoice.format.ElementRule.text;
import static vn.counterdesk.invoice.format.Presence.CONDITIONAL;
import static vn.counterdesk.invoice.format.Presence.OPTIONAL;
import static vn.counterdesk.invoice.format.Presence.REQUIRED;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The known format versions. 2.1.0 (Decision 1271/QĐ-CT, from 1 Jun 2025) is written; 2.0.0 (Decision
 * 1450/QĐ-TCT) and 2.0.1 (Decision 1510/QĐ-TCT) are only read (received invoices and archives).
 */
public final class FormatDefinitions {

    public static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

    private static final Pattern OTHER_RATE = Pattern.compile("KHAC:\\d{1,3}(\\.\\d{1,2})?");
    private static final Pattern CASH_REGISTER_CODE = Pattern.compile("M[1-9]-[0-9]{2}-[A-Z0-9]{5}-[0-9]{11}");
    private static final Set<String> TAX_RATES = Set.of("0%", "5%", "8%", "10%", "KCT", "KKKNT", "CTTC");

    public static final FormatDefinition V2_1_0 = new FormatDefinition(
            "2.1.0",
            LocalDate.of(2025, 6, 1),
            Optional.empty(),
            invoiceTree(),
            new CodeLists(
                    Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
                    "TDLMNBGHX",
                    TAX_RATES,
                    OTHER_RATE,
                    Set.of(1, 2, 3, 4, 5),
                    Set.of(1, 2, 3),
                    CASH_REGISTER_CODE),
            MAX_MESSAGE_BYTES,
            Optional.of("/vn/counterdesk/invoice/xsd/HDon-2.1.0.xsd"));

    public static final FormatDefinition V2_0_1 = legacy("2.0.1", LocalDate.of(2022, 9, 21), LocalDate.of(2025, 5, 31));

    public static final FormatDefinition V2_0_0 = legacy("2.0.0", LocalDate.of(2021, 10, 7), LocalDate.of(2022, 9, 20));

    private static final List<FormatDefinition> ALL = List.of(V2_1_0, V2_0_1, V2_0_0);

    private FormatDefinitions() {}

    public static List<FormatDefinition> all() {
        return ALL;
    }

    public static Optional<FormatDefinition> byVersion(String version) {
        return ALL.stream().filter(d -> d.version().equals(version)).findFirst();
    }

    /** The version a new invoice with this issue date is written in: the newest one in force. */
    public static Optional<FormatDefinition> forIssueDate(LocalDate issueDate) {
        return ALL.stream()
                .filter(d -> d.appliesTo(issueDate))
                .max(Comparator.comparing(FormatDefinition::effectiveFrom));
    }

    /** The version a received invoice is read as: its own, by {@code PBan}. */
    public static boolean readable(String version) {
        return byVersion(version).isPresent();
    }

    private static ElementRule otherInfo() {
        return group(
                        "TTKhac",
                        OPTIONAL,
                        group(
                                        "TTin",
                                        OPTIONAL,
                                        text("TTruong", 100, REQUIRED),
                                        text("KDLieu", 50, REQUIRED),
                                        text("DLieu", 500, REQUIRED))
                                .repeated())
                .withPresence(OPTIONAL);
    }

    private static ElementRule invoiceTree() {
        ElementRule related = group(
                "TTHDLQuan",
                CONDITIONAL,
                number("TCHDon", 1, 0, REQUIRED),
                number("LHDCLQuan", 1, 0, CONDITIONAL),
                text("KHMSHDCLQuan", 11, CONDITIONAL),
                text("KHHDCLQuan", 8, CONDITIONAL),
                text("SHDCLQuan", 8, CONDITIONAL),
                date("NLHDCLQuan", CONDITIONAL),
                text("GChu", 255, OPTIONAL),
                text("SBKCLQuan", 50, CONDITIONAL),
                date("NBKCLQuan", CONDITIONAL));
        ElementRule general = group(
                "TTChung",
                REQUIRED,
                text("PBan", 6, REQUIRED),
                text("THDon", 100, REQUIRED),
                text("KHMSHDon", 1, REQUIRED),
                text("KHHDon", 6, REQUIRED),
                number("SHDon", 8, 0, CONDITIONAL),
                text("MHSo", 20, CONDITIONAL),
                date("NLap", REQUIRED),
                number("HDCTTChinh", 1, 0, REQUIRED),
                text("SBKe", 50, CONDITIONAL),
                date("NBKe", CONDITIONAL),
                text("DVTTe", 3, REQUIRED),
                number("TGia", 7, 2, CONDITIONAL),
                text("HTTToan", 50, REQUIRED),
                text("MSTTCGP", 14, REQUIRED),
                text("MSTDVNUNLHDon", 14, CONDITIONAL),
                text("TDVNUNLHDon", 400, CONDITIONAL),
                text("DCDVNUNLHDon", 400, CONDITIONAL),
                related,
                otherInfo());
        ElementRule seller = group(
                "NBan",
                REQUIRED,
                text("Ten", 400, REQUIRED),
                text("MST", 14, REQUIRED),
                text("DChi", 400, REQUIRED),
                text("MCHang", 50, OPTIONAL),
                text("TCHang", 400, OPTIONAL),
                text("SDThoai", 20, OPTIONAL),
                text("DCTDTu", 50, OPTIONAL),
                text("STKNHang", 30, OPTIONAL),
                text("TNHang", 400, OPTIONAL),
                text("Fax", 20, OPTIONAL),
                text("Website", 100, OPTIONAL),
                otherInfo());
        ElementRule buyer = group(
                "NMua",
                CONDITIONAL,
                text("Ten", 400, CONDITIONAL),
                text("MST", 14, CONDITIONAL),
                text("MDVQHNSach", 7, CONDITIONAL),
                text("DChi", 400, CONDITIONAL),
                text("MKHang", 50, OPTIONAL),
                text("SDThoai", 20, OPTIONAL),
                text("CCCDan", 12, CONDITIONAL),
                text("SHChieu", 20, CONDITIONAL),
                text("DCTDTu", 50, OPTIONAL),
                text("HVTNMHang", 100, OPTIONAL),
                text("STKNHang", 30, OPTIONAL),
                text("TNHang", 400, OPTIONAL),
                otherInfo());
        ElementRule line = group(
                        "HHDVu",
                        REQUIRED,
                        number("TChat", 1, 0, REQUIRED),
                        number("STT", 4, 0, OPTIONAL),
                        text("MHHDVu", 50, CONDITIONAL),
                        text("THHDVu", 500, REQUIRED),
                        text("DVTinh", 50, CONDITIONAL),
                        number("SLuong", 21, 6, CONDITIONAL),
                        number("DGia", 21, 6, CONDITIONAL),
                        number("TLCKhau", 6, 4, OPTIONAL),
                        number("STCKhau", 21, 6, OPTIONAL),
                        number("ThTien", 21, 6, CONDITIONAL),
                        text("TSuat", 11, CONDITIONAL),
                        group(
                                "TTHHDTrung",
                                CONDITIONAL,
                                group(
                                                "TTin",
                                                REQUIRED,
                                                number("LHHDTrung", 1, 0, REQUIRED),
                                                text("TTruong", 20, REQUIRED),
                                                text("DLieu", 200, REQUIRED))
                                        .repeated()),
                        otherInfo())
                .repeated();
        ElementRule totals = group(
                "TToan",
                REQUIRED,
                group(
                        "THTTLTSuat",
                        CONDITIONAL,
                        group(
                                        "LTSuat",
                                        REQUIRED,
                                        text("TSuat", 11, CONDITIONAL),
                                        number("ThTien", 21, 6, REQUIRED),
                                        number("TThue", 21, 6, CONDITIONAL))
                                .repeated()),
                number("TgTCThue", 21, 6, CONDITIONAL),
                number("TGTKCThue", 21, 6, OPTIONAL),
                number("TgTThue", 21, 6, CONDITIONAL),
                group(
                        "DSLPhi",
                        CONDITIONAL,
                        group("LPhi", REQUIRED, text("TLPhi", 100, REQUIRED), number("TPhi", 21, 6, REQUIRED))
                                .repeated()),
                number("TTCKTMai", 21, 6, CONDITIONAL),
                number("TGTKhac", 21, 6, OPTIONAL),
                number("TgTTTBSo", 21, 6, REQUIRED),
                text("TgTTTBChu", 255, REQUIRED),
                otherInfo());
        ElementRule content = group("NDHDon", REQUIRED, seller, buyer, group("DSHHDVu", REQUIRED, line), totals);
        ElementRule data = group("DLHDon", REQUIRED, general, content, otherInfo());
        ElementRule signatures = group(
                "DSCKS",
                REQUIRED,
                group("NBan", OPTIONAL),
                group("NMua", OPTIONAL),
                group("CQT", OPTIONAL),
                group("CCKSKhac", OPTIONAL));
        return group(
                "HDon", REQUIRED, data, text("DLQRCode", 512, OPTIONAL), text("MCCQT", 34, CONDITIONAL), signatures);
    }

    // 2.0.x: no HDCTTChinh (new in 2.1.0), HTTToan optional (1450), no special goods, no X/F symbols.
    private static FormatDefinition legacy(String version, LocalDate from, LocalDate until) {
        ElementRule tree = invoiceTree();
        ElementRule data = tree.child("DLHDon").orElseThrow();
        ElementRule general = data.child("TTChung")
                .orElseThrow()
                .without("HDCTTChinh")
                .replacing("HTTToan", text("HTTToan", 50, OPTIONAL));
        ElementRule legacyTree = tree.replacing("DLHDon", data.replacing("TTChung", general));
        return new FormatDefinition(
                version,
                from,
                Optional.of(until),
                legacyTree,
                new CodeLists(
                        Set.of("1", "2", "3", "4", "5", "6"),
                        "TDLMNBGH",
                        TAX_RATES,
                        OTHER_RATE,
                        Set.of(1, 2, 3, 4),
                        Set.of(),
                        CASH_REGISTER_CODE),
                MAX_MESSAGE_BYTES,
                Optional.empty());
    }
}
