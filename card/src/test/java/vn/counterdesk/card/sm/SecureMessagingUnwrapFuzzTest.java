package vn.counterdesk.card.sm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The secure-messaging unwrap sees every chip response. Property: it returns a plain response or throws
 * {@link SecureMessagingException}. Half of the inputs carry a MAC the harness computes with the session key, so
 * the fuzzer also reaches the decryption and padding code a forger without the key never could.
 */
class SecureMessagingUnwrapFuzzTest {

    private static final SmResponses CHIP = new SmResponses();

    @FuzzTest(maxDuration = "30s")
    void unwrapReturnsAResponseOrTheTypedError(FuzzedDataProvider data) {
        SecureMessagingTransport session = new SecureMessagingTransport(new NoLink(), SmResponses.AES_KEYS);
        int sw = data.consumeInt(0, 0xFFFF);
        byte[] ssc = SmResponses.ssc(1);
        ResponseApdu response = switch (data.consumeInt(0, 2)) {
            case 0 -> new ResponseApdu(data.consumeRemainingAsBytes(), sw);
            case 1 -> CHIP.macked(data.consumeRemainingAsBytes(), sw, ssc);
            default -> CHIP.encrypted(data.consumeRemainingAsBytes(), sw, ssc);
        };
        try {
            session.unwrap(response);
        } catch (SecureMessagingException refused) {
            // typed refusal
        }
    }

    /** The unwrap is called directly; nothing is sent. */
    private static final class NoLink implements ApduTransport {
        @Override
        public ResponseApdu transmit(CommandApdu command) {
            throw new UnsupportedOperationException("not used");
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
}
