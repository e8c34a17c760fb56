package vn.counterdesk.card.lds;

import java.util.Arrays;
import java.util.Optional;

/** The LDS elementary files this reader knows: file identifier, short file identifier and tag. */
public enum DataGroup {
    COM(0, 0x011E, 0x60),
    DG1(1, 0x0101, 0x61),
    DG2(2, 0x0102, 0x75),
    DG3(3, 0x0103, 0x63),
    DG4(4, 0x0104, 0x76),
    DG5(5, 0x0105, 0x65),
    DG6(6, 0x0106, 0x66),
    DG7(7, 0x0107, 0x67),
    DG8(8, 0x0108, 0x68),
    DG9(9, 0x0109, 0x69),
    DG10(10, 0x010A, 0x6A),
    DG11(11, 0x010B, 0x6B),
    DG12(12, 0x010C, 0x6C),
    DG13(13, 0x010D, 0x6D),
    DG14(14, 0x010E, 0x6E),
    DG15(15, 0x010F, 0x6F),
    DG16(16, 0x0110, 0x70),
    SOD(-1, 0x011D, 0x77);

    private final int number;
    private final int fileId;
    private final int tag;

    DataGroup(int number, int fileId, int tag) {
        this.number = number;
        this.fileId = fileId;
        this.tag = tag;
    }

    /** Data-group number (1–16); 0 for EF.COM, -1 for EF.SOD. */
    public int number() {
        return number;
    }

    public int fileId() {
        return fileId;
    }

    public int tag() {
        return tag;
    }

    public static Optional<DataGroup> byTag(int tag) {
        return Arrays.stream(values()).filter(d -> d.tag == tag).findFirst();
    }

    public static Optional<DataGroup> byNumber(int number) {
        return Arrays.stream(values())
                .filter(d -> d.number == number && number > 0)
                .findFirst();
    }
}
