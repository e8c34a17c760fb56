package vn.counterdesk.pcsc;

/**
 * What a reader + card link accepts: whether extended-length APDUs pass, and the largest response
 * the link should be asked for in one APDU.
 */
public record LinkCapabilities(boolean extendedLength, int maxResponseLength) {

    public LinkCapabilities {
        if (maxResponseLength < 1 || maxResponseLength > CommandApdu.MAX_EXTENDED_NE) {
            throw new IllegalArgumentException("maxResponseLength out of range: " + maxResponseLength);
        }
    }

    /** Short APDUs only: the safe default for an unknown reader. */
    public static LinkCapabilities shortOnly() {
        return new LinkCapabilities(false, CommandApdu.MAX_SHORT_NE);
    }
}
