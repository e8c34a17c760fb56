package vn.counterdesk.testkit.vpcd;

import java.util.concurrent.atomic.AtomicInteger;
import vn.counterdesk.pcsc.ApduResponder;
import vn.counterdesk.pcsc.CardRemovedException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * A software card for transport tests. INS B0 answers Ne bytes of a pattern seeded by P1; INS EE
 * echoes the command data; INS CA answers 61 10 and hands the 16 bytes over with GET RESPONSE;
 * INS DD leaves the reader in the middle of the exchange, as a card pulled from the field does.
 */
final class LoopbackCard implements ApduResponder {

    static final int INS_READ = 0xB0;
    static final int INS_ECHO = 0xEE;
    static final int INS_CHAINED = 0xCA;
    static final int INS_PULL = 0xDD;
    static final int INS_GET_RESPONSE = 0xC0;

    final AtomicInteger getResponses = new AtomicInteger();
    private byte[] pending = new byte[0];

    static byte[] pattern(int seed, int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 7 + seed + (i >> 8));
        }
        return data;
    }

    @Override
    public ResponseApdu respond(CommandApdu command) throws CardRemovedException {
        return switch (command.ins()) {
            case INS_READ ->
                new ResponseApdu(pattern(command.p1(), Math.min(command.ne(), VpcdBridge.MAX_RESPONSE_DATA)), 0x9000);
            case INS_ECHO -> new ResponseApdu(command.data(), 0x9000);
            case INS_CHAINED -> {
                pending = pattern(0x5A, 16);
                yield ResponseApdu.of(0x6110);
            }
            case INS_GET_RESPONSE -> {
                getResponses.incrementAndGet();
                byte[] answer = pending;
                pending = new byte[0];
                yield answer.length == 0 ? ResponseApdu.of(0x6985) : new ResponseApdu(answer, 0x9000);
            }
            case INS_PULL -> throw new CardRemovedException("pulled mid-exchange");
            default -> ResponseApdu.of(0x6D00);
        };
    }

    @Override
    public void reset() {
        pending = new byte[0];
    }
}
