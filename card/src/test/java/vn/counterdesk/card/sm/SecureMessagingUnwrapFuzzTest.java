package vn.counterdesk.card.sm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.counterdesk.card.FunctionLink;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The secure-messaging unwrap sees every chip response. Property: it returns a plain response or throws
 * {@link SecureMessagingException}. Half of the inputs carry a MAC the harness computes with the session key, so
 * the fuzzer also reaches the decryption and padding code a forger without the key never could.
 */
class SecureMessagingUnwrapFuzzTest {

    private static final SmResponses CHIP = new SmResponses();
    /** The unwrap is called directly; nothing is sent. */
    private static final FunctionLink NO_LINK = new FunctionLink(command -> {
        throw new UnsupportedOperationException("not used");
    });

    @FuzzTest(maxDuration = "30s")
    void unwrapReturnsAResponseOrTheTypedError(FuzzedDataProvider data) {
        SecureMessagingTransport session = new SecureMessagingTransport(NO_LINK, SmResponses.AES_KEYS);
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
}
