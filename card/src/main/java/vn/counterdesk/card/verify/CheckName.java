package vn.counterdesk.card.verify;

/** The individual checks of a verification, with their stable external names. */
public enum CheckName {
    SOD_SIGNATURE("sod-signature"),
    DS_CERTIFICATE("ds-certificate"),
    CSCA_CHAIN("csca-chain"),
    DG_HASHES("dg-hashes"),
    ACTIVE_AUTH("active-auth"),
    CHIP_AUTH("chip-auth");

    private final String externalName;

    CheckName(String externalName) {
        this.externalName = externalName;
    }

    /** The name used in JSON output and message keys, e.g. {@code sod-signature}. */
    public String externalName() {
        return externalName;
    }
}
