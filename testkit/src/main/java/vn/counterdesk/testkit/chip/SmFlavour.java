package vn.counterdesk.testkit.chip;

/** The two secure-messaging suites a Vietnamese chip speaks: 3DES after BAC, AES after PACE/CA. */
public enum SmFlavour {
    DESEDE(8),
    AES(16);

    private final int blockSize;

    SmFlavour(int blockSize) {
        this.blockSize = blockSize;
    }

    /** Cipher block size, also the SSC length and the padding block. */
    public int blockSize() {
        return blockSize;
    }
}
