package vn.counterdesk.card.access;

/** How the secure session was opened; recorded in every read result, never silent. */
public enum AccessMethod {
    PACE_CAN("PACE-CAN"),
    PACE_MRZ("PACE-MRZ"),
    BAC("BAC");

    private final String label;

    AccessMethod(String label) {
        this.label = label;
    }

    /** The contract name used in JSON and the UI. */
    public String label() {
        return label;
    }
}
