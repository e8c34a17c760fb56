package vn.counterdesk.card.tlv;

/**
 * Malformed BER-TLV / ASN.1 input: the only exception the TLV reader and the LDS parsers throw on
 * bad bytes. The message names the offset and the problem, never the content (it may be personal).
 */
public final class TlvParseException extends Exception {

    public TlvParseException(String message) {
        super(message);
    }
}
