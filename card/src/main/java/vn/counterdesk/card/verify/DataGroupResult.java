package vn.counterdesk.card.verify;

/** How one data group that was read compares with EF.SOD. */
public record DataGroupResult(int number, HashStatus status) {

    public enum HashStatus {
        MATCH,
        MISMATCH,
        /** Read from the chip but no hash for it in EF.SOD: possible data injection. */
        NOT_IN_SOD,
        /** No valid EF.SOD to compare with. */
        NOT_COMPARED
    }

    public boolean hashMatch() {
        return status == HashStatus.MATCH;
    }
}
