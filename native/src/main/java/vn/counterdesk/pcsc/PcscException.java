package vn.counterdesk.pcsc;

/**
 * A PC/SC call failed with a return code. The message names the operation and the PC/SC constant
 * only: never reader data or APDU content.
 */
public final class PcscException extends CardIoException {

    private final int code;

    public PcscException(String operation, int code) {
        super(operation + " failed: " + describe(code));
        this.code = code;
    }

    public PcscError error() {
        return PcscError.of(code);
    }

    public PcscError.Kind kind() {
        return error().kind();
    }

    /** The raw return code, also for codes outside {@link PcscError}. */
    public int code() {
        return code;
    }

    static String describe(int code) {
        return PcscError.of(code).constantName() + String.format(" (0x%08X)", code);
    }
}
