package vn.counterdesk.testkit.oracle;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import vn.counterdesk.pcsc.ApduResponder;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;

/** JMRTD's card-service seam over a software card in the same process (fast unit-level oracle). */
final class ResponderCardService extends CardService {

    private final ApduResponder card;
    private boolean open;

    ResponderCardService(ApduResponder card) {
        this.card = card;
    }

    @Override
    public void open() {
        card.reset();
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardServiceException {
        try {
            return new ResponseAPDU(
                    card.respond(CommandApdu.parse(command.getBytes())).encode());
        } catch (CardRemovedException e) {
            open = false;
            throw new CardServiceException("card removed", e);
        }
    }

    @Override
    public byte[] getATR() {
        return card.atr();
    }

    @Override
    public boolean isExtendedAPDULengthSupported() {
        return true;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return !open;
    }
}
