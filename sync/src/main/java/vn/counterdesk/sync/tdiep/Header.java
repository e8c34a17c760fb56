package vn.counterdesk.sync.tdiep;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code TDiep/TTChung}: who sends what to whom. {@code referencedId} ({@code MTDTChieu}) is present
 * in answers and names the message being answered.
 *
 * @param version {@code PBan}, e.g. {@code 2.1.0}
 * @param taxCode {@code MST} of the taxpayer whose data is inside
 * @param count {@code SLuong}, the number of data items in {@code DLieu}
 */
public record Header(
        String version,
        PartyCode sender,
        PartyCode receiver,
        MessageType type,
        MessageId id,
        Optional<MessageId> referencedId,
        String taxCode,
        int count) {

    public static final String CURRENT_VERSION = "2.1.0";

    public Header {
        Objects.requireNonNull(version);
        Objects.requireNonNull(sender);
        Objects.requireNonNull(receiver);
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        Objects.requireNonNull(referencedId);
        Objects.requireNonNull(taxCode);
        if (count < 0) {
            throw new IllegalArgumentException("SLuong must not be negative");
        }
    }
}
