package vn.counterdesk.card.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.FunctionLink;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * Someone between reader and chip (or a relay) alters or replays secure-messaging responses. Both end the
 * session with {@link SecureMessagingException}, which the chip reader reports as an I/O failure with this reason.
 */
class SecureMessagingAttackTest {

    private static final CommandApdu READ = new CommandApdu(0x00, 0xB0, 0x00, 0x00, 16);
    private final SmResponses chip = new SmResponses();

    /** Answers each command with the next scripted response, whatever the command. */
    private static final class Relay {
        final Deque<ResponseApdu> responses = new ArrayDeque<>();
        final FunctionLink link = new FunctionLink(command -> responses.removeFirst());
    }

    private static final byte[] DATA = "DG1 content here".getBytes(StandardCharsets.US_ASCII);

    @Test
    void anAuthenticResponseIsAcceptedForTheFixture() throws Exception {
        Relay relay = new Relay();
        relay.responses.add(chip.encrypted(DATA, 0x9000, SmResponses.ssc(2)));

        ResponseApdu plain = new SecureMessagingTransport(relay.link, SmResponses.AES_KEYS).transmit(READ);

        assertThat(plain.data()).isEqualTo(DATA);
    }

    @Test
    void aFlippedBitInTheCryptogramFailsTheMac() {
        Relay relay = new Relay();
        ResponseApdu genuine = chip.encrypted(DATA, 0x9000, SmResponses.ssc(2));
        byte[] altered = genuine.data();
        altered[5] ^= 0x01;
        relay.responses.add(new ResponseApdu(altered, 0x9000));
        SecureMessagingTransport session = new SecureMessagingTransport(relay.link, SmResponses.AES_KEYS);

        assertThat(catchThrowable(() -> session.transmit(READ)))
                .isInstanceOf(SecureMessagingException.class)
                .hasMessage("response MAC does not verify");
        assertThat(catchThrowable(() -> session.transmit(READ)))
                .as("the session is closed after a bad MAC")
                .hasMessage("secure messaging session is closed");
    }

    @Test
    void aReplayedResponseFailsBecauseTheSendSequenceCounterMovedOn() throws Exception {
        Relay relay = new Relay();
        ResponseApdu first = chip.encrypted(DATA, 0x9000, SmResponses.ssc(2));
        relay.responses.add(first);
        relay.responses.add(first);
        SecureMessagingTransport session = new SecureMessagingTransport(relay.link, SmResponses.AES_KEYS);
        session.transmit(READ);

        assertThat(catchThrowable(() -> session.transmit(READ)))
                .isInstanceOf(SecureMessagingException.class)
                .hasMessage("response MAC does not verify");
    }
}
