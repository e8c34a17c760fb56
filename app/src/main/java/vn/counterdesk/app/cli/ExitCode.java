package vn.counterdesk.app.cli;

/** Exit codes of every {@code counterdesk} command: a contract with scripts, never renumbered. */
public final class ExitCode {

    public static final int SUCCESS = 0;
    public static final int UNEXPECTED_ERROR = 1;
    /** Bad input; the message names the field. */
    public static final int BAD_INPUT = 2;
    /** No reader, no card, or the PC/SC service is down. */
    public static final int NO_READER_OR_CARD = 3;
    /** The chip refused the access key (wrong ID number / MRZ). */
    public static final int ACCESS_DENIED = 4;
    /** TAMPERED, CLONE_SUSPECTED, or an invalid signature. */
    public static final int VERIFICATION_FAILED = 5;

    public static final int UPSTREAM_UNREACHABLE = 6;

    private ExitCode() {}
}
