package vn.counterdesk.card.read;

import vn.counterdesk.pcsc.CardIoException;

/** The chip answered a status word the read cannot continue from. */
public final class UnexpectedStatusException extends CardIoException {

    private final int statusWord;

    public UnexpectedStatusException(String step, int statusWord) {
        super(String.format("%s: chip answered %04X", step, statusWord));
        this.statusWord = statusWord;
    }

    public int statusWord() {
        return statusWord;
    }
}
