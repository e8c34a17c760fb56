package vn.counterdesk.pcsc;

import java.util.Arrays;
import java.util.Optional;

/**
 * PC/SC return codes CounterDesk reacts to, with what each means for the product. Codes are the
 * 32-bit values shared by pcsc-lite, WinSCard and the macOS PC/SC framework.
 */
public enum PcscError {
    INTERNAL_ERROR(0x80100001, Kind.OTHER),
    CANCELLED(0x80100002, Kind.CANCELLED),
    INVALID_HANDLE(0x80100003, Kind.SERVICE_LOST),
    INVALID_PARAMETER(0x80100004, Kind.OTHER),
    NO_MEMORY(0x80100006, Kind.OTHER),
    INSUFFICIENT_BUFFER(0x80100008, Kind.LINK_LIMIT),
    UNKNOWN_READER(0x80100009, Kind.READER_GONE),
    TIMEOUT(0x8010000A, Kind.TIMEOUT),
    SHARING_VIOLATION(0x8010000B, Kind.CARD_IN_USE),
    NO_SMARTCARD(0x8010000C, Kind.CARD_GONE),
    PROTO_MISMATCH(0x8010000F, Kind.OTHER),
    INVALID_VALUE(0x80100011, Kind.OTHER),
    COMM_ERROR(0x80100013, Kind.TRANSPORT_FAILURE),
    NOT_TRANSACTED(0x80100016, Kind.TRANSPORT_FAILURE),
    READER_UNAVAILABLE(0x80100017, Kind.READER_GONE),
    NO_SERVICE(0x8010001D, Kind.SERVICE_LOST),
    SERVICE_STOPPED(0x8010001E, Kind.SERVICE_LOST),
    UNSUPPORTED_FEATURE(0x80100022, Kind.OTHER),
    NO_READERS_AVAILABLE(0x8010002E, Kind.NO_READERS),
    UNSUPPORTED_CARD(0x80100065, Kind.OTHER),
    UNRESPONSIVE_CARD(0x80100066, Kind.CARD_GONE),
    UNPOWERED_CARD(0x80100067, Kind.CARD_GONE),
    RESET_CARD(0x80100068, Kind.CARD_GONE),
    REMOVED_CARD(0x80100069, Kind.CARD_GONE),
    /** Seen from SCardListReaders while pcscd 1.9.9 shuts down; the next call says NO_SERVICE. */
    SECURITY_VIOLATION(0x8010006A, Kind.OTHER),
    /** A code not in this table; the raw value travels in {@link PcscException#code()}. */
    UNKNOWN(0, Kind.OTHER);

    /** What the product does about an error (pcsc.md §2.13). */
    public enum Kind {
        /** The PC/SC service is gone or was restarted: drop the context and rebuild it with backoff. */
        SERVICE_LOST,
        /** The service runs but no reader is attached: keep polling. */
        NO_READERS,
        /** The reader was unplugged: drop it from the model. */
        READER_GONE,
        /** The card left the field, was reset or stopped answering: abort the session. */
        CARD_GONE,
        /** Another application holds the card. */
        CARD_IN_USE,
        /** The reader could not carry the exchange (e.g. an APDU too long for it). */
        LINK_LIMIT,
        /** Reader or driver failed to transport the APDU. */
        TRANSPORT_FAILURE,
        /** A wait ended without a change: a normal outcome, not a failure. */
        TIMEOUT,
        /** A blocking call was cancelled on purpose (shutdown). */
        CANCELLED,
        OTHER
    }

    private final int code;
    private final Kind kind;

    PcscError(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The PC/SC return code, e.g. {@code 0x80100069} for {@link #REMOVED_CARD}. */
    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The entry for {@code code}, or {@link #UNKNOWN}. */
    public static PcscError of(int code) {
        return find(code).orElse(UNKNOWN);
    }

    public static Optional<PcscError> find(int code) {
        return Arrays.stream(values())
                .filter(e -> e != UNKNOWN && e.code == code)
                .findFirst();
    }

    /** The PC/SC constant name, e.g. {@code SCARD_W_REMOVED_CARD}. */
    public String constantName() {
        if (this == UNKNOWN) {
            return "SCARD_UNKNOWN";
        }
        boolean warning = (code & 0xFFFF) >= 0x65;
        return (warning ? "SCARD_W_" : "SCARD_E_") + name();
    }
}
