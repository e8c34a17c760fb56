package vn.counterdesk.card.auth;

/** Result of one chip-side authentication protocol (Active or Chip Authentication). */
public sealed interface AuthOutcome {

    /** The chip proved possession of the private key. */
    record Passed(String detail) implements AuthOutcome {}

    /** The protocol ran and the proof failed: a clone or forged chip is suspected. */
    record Failed(String reason) implements AuthOutcome {}

    /** Not run (no DG14/DG15, not supported, or not requested), with the reason. */
    record Skipped(String reason) implements AuthOutcome {}
}
