package vn.counterdesk.app.service;

import vn.counterdesk.card.read.CardConnector;

/** Where the card is: a PC/SC reader or the demo's in-process reader. */
public interface CardSource {

    /** The state of the reader right now, with a connector when a card is there. */
    Availability availability();

    sealed interface Availability {
        record CardPresent(String readerName, CardConnector connector) implements Availability {}

        record NoCard(String readerName) implements Availability {}

        record NoReader() implements Availability {}

        /** The PC/SC service itself is not there (pcscd stopped, Smart Card service off). */
        record ServiceDown(String detail) implements Availability {}
    }
}
