package vn.counterdesk.card.read;

import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/** Counts APDUs on the wire and stops between two of them when the read is cancelled. */
final class CountingTransport implements ApduTransport {

    private final ApduTransport link;
    private final CancellationToken cancellation;
    private int apdus;

    CountingTransport(ApduTransport link, CancellationToken cancellation) {
        this.link = link;
        this.cancellation = cancellation;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardIoException {
        if (cancellation.isCancelled()) {
            throw new ReadCancelledException();
        }
        apdus++;
        return link.transmit(command);
    }

    int apdus() {
        return apdus;
    }

    @Override
    public LinkCapabilities capabilities() {
        return link.capabilities();
    }

    @Override
    public byte[] atr() {
        return link.atr();
    }

    @Override
    public void close() {
        link.close();
    }

    /** Thrown through the protocol code to unwind a cancelled read; never leaves the reader. */
    static final class ReadCancelledException extends CardIoException {
        ReadCancelledException() {
            super("read cancelled");
        }
    }
}
