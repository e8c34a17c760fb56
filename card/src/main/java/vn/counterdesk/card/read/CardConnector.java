package vn.counterdesk.card.read;

import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;

/**
 * Opens a fresh connection to the card in the reader. Each call starts from a reset card, which is
 * how the reader separates a refused PACE from the BAC attempt that follows (spec §5.2).
 */
@FunctionalInterface
public interface CardConnector {

    ApduTransport connect() throws CardIoException;
}
