package vn.counterdesk.card.access;

import vn.counterdesk.card.sm.SecureMessagingTransport;

/** Outcome of one access-control attempt (BAC or PACE) on a card. */
public sealed interface AccessResult {

    /** The chip accepted the key; {@code session} carries secure messaging from here on. */
    record Opened(SecureMessagingTransport session, AccessMethod method) implements AccessResult {}

    /**
     * The chip refused with a status word: a wrong key (6300, 63Cx, 6982) or a protocol it does not
     * offer (6A80, 6D00 …).
     */
    record Refused(AccessMethod method, int statusWord, String step) implements AccessResult {
        /** True when the status word says the password was wrong rather than the protocol unsupported. */
        public boolean wrongKey() {
            return statusWord == 0x6300 || (statusWord & 0xFFF0) == 0x63C0 || statusWord == 0x6982;
        }
    }

    /**
     * The chip answered, but its answer failed a check (authentication cryptogram, token, point
     * validation): the session must not be used and the chip is not trusted.
     */
    record Failed(AccessMethod method, String reason) implements AccessResult {}
}
