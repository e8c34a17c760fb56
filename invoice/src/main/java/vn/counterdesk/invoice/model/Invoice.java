package vn.counterdesk.invoice.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Vietnamese e-invoice ({@code HDon}) without its signatures: signatures live only in the signed XML, which
 * is the legal original (spec §5, §10).
 *
 * @param dataId {@code DLHDon/@Id}, the target of every signature
 * @param otherInfo {@code DLHDon/TTKhac}
 * @param qrCode {@code DLQRCode}
 * @param authorityCode {@code MCCQT}
 */
public record Invoice(
        String dataId,
        GeneralInfo general,
        Seller seller,
        Buyer buyer,
        List<LineItem> lines,
        Totals totals,
        List<OtherInfo> otherInfo,
        Optional<String> qrCode,
        Optional<AuthorityCode> authorityCode) {

    public Invoice {
        Objects.requireNonNull(dataId, "dataId");
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
        Objects.requireNonNull(totals, "totals");
        otherInfo = List.copyOf(otherInfo);
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(authorityCode, "authorityCode");
    }

    public Invoice withGeneral(GeneralInfo value) {
        return new Invoice(dataId, value, seller, buyer, lines, totals, otherInfo, qrCode, authorityCode);
    }

    public Invoice withAuthorityCode(AuthorityCode value) {
        return new Invoice(dataId, general, seller, buyer, lines, totals, otherInfo, qrCode, Optional.of(value));
    }

    public Invoice withQrCode(String value) {
        return new Invoice(dataId, general, seller, buyer, lines, totals, otherInfo, Optional.of(value), authorityCode);
    }
}
