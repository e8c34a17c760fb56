package vn.counterdesk.testkit.oracle;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

/**
 * Remembers the status word of the last response on the wire. JMRTD reports some refusals ("Could
 * not select file") without the SW; the chip's SW is still visible here because our chip keeps
 * the outer SW equal to the protected one.
 */
final class RecordingCardService extends CardService {

    private final CardService delegate;
    private volatile int lastStatusWord = -1;

    RecordingCardService(CardService delegate) {
        this.delegate = delegate;
    }

    int lastStatusWord() {
        return lastStatusWord;
    }

    @Override
    public void open() throws CardServiceException {
        delegate.open();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardServiceException {
        ResponseAPDU response = delegate.transmit(command);
        lastStatusWord = response.getSW();
        return response;
    }

    @Override
    public byte[] getATR() throws CardServiceException {
        return delegate.getATR();
    }

    @Override
    public boolean isExtendedAPDULengthSupported() {
        return delegate.isExtendedAPDULengthSupported();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return delegate.isConnectionLost(e);
    }
}
