package vn.counterdesk.card.sm;

import vn.counterdesk.pcsc.ApduTransport;

/**
 * A transport whose commands are wrapped and responses unwrapped with secure messaging. Plain
 * APDUs go in and come out; a response whose MAC does not verify aborts the session with
 * {@link SecureMessagingException}.
 */
public interface SecureSession extends ApduTransport {

    SmCipher cipher();

    /**
     * Continues with new keys, as after Chip Authentication. The next exchange is the proof that
     * the chip derived the same keys: its response MAC must verify under them.
     */
    void switchKeys(SessionKeys keys);
}
