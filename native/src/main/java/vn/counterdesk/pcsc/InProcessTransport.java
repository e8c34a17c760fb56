package vn.counterdesk.pcsc;

/**
 * A transport to a software card in the same process: used by tests and demo mode, where no PC/SC
 * service is needed. Once the card reports removal, every later exchange fails the same way, as a
 * real reader does.
 */
public final class InProcessTransport implements ApduTransport {

    private final ApduResponder card;
    private final LinkCapabilities capabilities;
    private boolean removed;

    public InProcessTransport(ApduResponder card, LinkCapabilities capabilities) {
        this.card = card;
        this.capabilities = capabilities;
        card.reset();
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardIoException {
        if (removed) {
            throw new CardRemovedException("card has been removed");
        }
        try {
            return card.respond(command);
        } catch (CardRemovedException e) {
            removed = true;
            throw e;
        }
    }

    @Override
    public LinkCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public byte[] atr() {
        return card.atr().clone();
    }

    @Override
    public void close() {
        removed = true;
    }
}
