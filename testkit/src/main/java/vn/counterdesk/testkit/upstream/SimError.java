package vn.counterdesk.testkit.upstream;

/**
 * An error the simulator reports in a 204 ({@code MLoi}, {@code MTLoi}, {@code HDXLy}) or a 999
 * ({@code MLoi}, {@code MTa}). The codes are the simulator's own, shaped like the tax authority's
 * (the official code list is not public); tests assert on them, not on the wording.
 */
public record SimError(String code, String text, String howToFix) {

    static final SimError WRONG_FORMAT_VERSION =
            new SimError("10001", "Phiên bản định dạng (PBan) không đúng", "Lập lại hóa đơn theo định dạng 2.1.0");
    static final SimError MISSING_FIELD = new SimError("10002", "Thiếu chỉ tiêu bắt buộc", "Bổ sung chỉ tiêu bắt buộc");
    static final SimError BAD_SYMBOL =
            new SimError("20001", "Ký hiệu hóa đơn (KHHDon) không hợp lệ", "Kiểm tra ký hiệu và năm lập");
    static final SimError BAD_FORM =
            new SimError("20002", "Ký hiệu mẫu số (KHMSHDon) không hợp lệ", "Dùng mẫu số 1 đến 9");
    static final SimError SELLER_MISMATCH =
            new SimError("20003", "MST người bán không khớp MST trên thông điệp", "Kiểm tra MST người bán");
    static final SimError SELLER_NOT_ACTIVE = new SimError(
            "20007",
            "MST người bán không ở trạng thái được sử dụng hóa đơn điện tử",
            "Kiểm tra đăng ký sử dụng hóa đơn điện tử với cơ quan thuế");
    static final SimError TOTALS_WRONG =
            new SimError("30001", "Tổng tiền thanh toán không khớp tổng tiền hàng và thuế", "Tính lại tổng tiền");
    static final SimError LINE_SUM_WRONG =
            new SimError("30002", "Tổng tiền chưa thuế không khớp tổng thành tiền các dòng", "Tính lại thành tiền");
    static final SimError ALREADY_CODED =
            new SimError("40001", "Hóa đơn đã được cấp mã", "Không gửi lại hóa đơn đã cấp mã với thông điệp mới");
    static final SimError CODE_NOT_EXPECTED =
            new SimError("20004", "Hóa đơn không mã không được có mã của cơ quan thuế (MCCQT)", "Bỏ MCCQT");
    static final SimError CASH_REGISTER_CODE_INVALID = new SimError(
            "20005",
            "Mã hóa đơn khởi tạo từ máy tính tiền không hợp lệ",
            "Mã gồm M, mẫu số, năm, chuỗi do CQT cấp và 11 chữ số");
    static final SimError SELLER_SIGNATURE_MISSING =
            new SimError("20006", "Thiếu chữ ký số của người nộp thuế", "Ký dữ liệu trước khi gửi");
    static final SimError NOTICE_FORM_WRONG =
            new SimError("50001", "Thông báo không đúng mẫu 04/SS-HĐĐT", "Lập thông báo theo mẫu 04/SS-HĐĐT");
    static final SimError CANCEL_NOT_ACCEPTED =
            new SimError("50002", "Không chấp nhận hủy hóa đơn từ ngày 01/6/2025", "Điều chỉnh hoặc thay thế hóa đơn");
    static final SimError NOTICE_INVOICE_INCOMPLETE =
            new SimError("50003", "Thiếu thông tin hóa đơn có sai sót", "Ghi ký hiệu mẫu số, ký hiệu, số hóa đơn");
    static final SimError BAD_ENVELOPE =
            new SimError("90001", "Thông điệp không đúng cấu trúc", "Kiểm tra TTChung và DLieu");
}
