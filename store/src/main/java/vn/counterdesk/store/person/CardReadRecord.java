package vn.counterdesk.store.person;

import java.time.Instant;
import java.util.List;

/** Who read which card when, with the verification verdict and its checks. */
public record CardReadRecord(String idNumber, String readBy, Instant readAt, String verdict, List<Check> checks) {
    public CardReadRecord {
        checks = List.copyOf(checks);
    }

    @Override
    public String toString() {
        return "CardReadRecord[readBy=" + readBy + ", readAt=" + readAt + ", verdict=" + verdict + "]";
    }
}
