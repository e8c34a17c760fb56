package vn.counterdesk.card;

import java.util.function.Function;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/** A short-APDU link whose card side is a function: for tests that play a hostile or scripted chip. */
public record FunctionLink(Function<CommandApdu, ResponseApdu> card) implements ApduTransport {

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        return card.apply(command);
    }

    @Override
    public LinkCapabilities capabilities() {
        return LinkCapabilities.shortOnly();
    }

    @Override
    public byte[] atr() {
        return new byte[0];
    }

    @Override
    public void close() {}
}
