package vn.counterdesk.card.read;

import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;

/**
 * Opens a fresh connection to the card in the reader. Each call starts a new card session, which is
 * how the reader separates a refused PACE from the BAC attempt that follows (spec §5.2).
 */
@FunctionalInterface
public interface CardConnector {

    ApduTransport connect() throws CardIoException;

    /**
     * Asked after a transport failure that did not say "card removed": true when the card has in fact
     * left the reader, so the failure is reported as a removal. Connectors that cannot tell say false.
     */
    default boolean cardLeft() {
        return false;
    }
}
