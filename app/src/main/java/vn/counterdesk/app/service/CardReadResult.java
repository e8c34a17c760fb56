package vn.counterdesk.app.service;

import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.read.IdentityDocument;
import vn.counterdesk.card.verify.Verification;

/** How reading a card ended, for the screen: a verified identity or one clear reason. */
public sealed interface CardReadResult {

    record Read(IdentityDocument document, Verification verification, AccessMethod access) implements CardReadResult {
        @Override
        public String toString() {
            return "Read[" + verification.verdict() + "]";
        }
    }

    /** Nothing of the card is kept when a read fails. */
    record Failed(Reason reason) implements CardReadResult {}

    enum Reason {
        BAD_INPUT,
        ACCESS_DENIED,
        CARD_REMOVED,
        NO_CARD,
        NO_READER,
        SERVICE_DOWN,
        CHIP_ERROR,
        CANCELLED
    }
}
