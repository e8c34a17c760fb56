package vn.counterdesk.testkit.chip;

import java.util.Arrays;
import java.util.Optional;

/** The elementary files of the chip (Doc 9303-10 §4; cccd-chip.md §3), with how each is guarded. */
public enum ChipFile {
    CARD_ACCESS(0x011C, 0x1C, Access.FREE, false),
    COM(0x011E, 0x1E, Access.SESSION, true),
    SOD(0x011D, 0x1D, Access.SESSION, true),
    DG1(0x0101, 0x01, Access.SESSION, true),
    DG2(0x0102, 0x02, Access.SESSION, true),
    DG3(0x0103, 0x03, Access.TERMINAL_AUTHENTICATION, true),
    DG4(0x0104, 0x04, Access.TERMINAL_AUTHENTICATION, true),
    DG5(0x0105, 0x05, Access.SESSION, true),
    DG6(0x0106, 0x06, Access.SESSION, true),
    DG7(0x0107, 0x07, Access.SESSION, true),
    DG8(0x0108, 0x08, Access.SESSION, true),
    DG9(0x0109, 0x09, Access.SESSION, true),
    DG10(0x010A, 0x0A, Access.SESSION, true),
    DG11(0x010B, 0x0B, Access.SESSION, true),
    DG12(0x010C, 0x0C, Access.SESSION, true),
    DG13(0x010D, 0x0D, Access.SESSION, true),
    DG14(0x010E, 0x0E, Access.SESSION, true),
    DG15(0x010F, 0x0F, Access.SESSION, true),
    DG16(0x0110, 0x10, Access.SESSION, true);

    /** Who may read the file. */
    public enum Access {
        /** Anyone, before access control (EF.CardAccess). */
        FREE,
        /** After BAC or PACE. */
        SESSION,
        /** Only after EAC Terminal Authentication, which this chip (like the terminal) never runs. */
        TERMINAL_AUTHENTICATION
    }

    private final int fid;
    private final int sfi;
    private final Access access;
    private final boolean inApplication;

    ChipFile(int fid, int sfi, Access access, boolean inApplication) {
        this.fid = fid;
        this.sfi = sfi;
        this.access = access;
        this.inApplication = inApplication;
    }

    public int fid() {
        return fid;
    }

    public int sfi() {
        return sfi;
    }

    public Access access() {
        return access;
    }

    /** True for files of the eMRTD application (selectable once the AID is selected). */
    public boolean inApplication() {
        return inApplication;
    }

    /** The data group number for DG files. */
    public Optional<Integer> dataGroupNumber() {
        return name().startsWith("DG") ? Optional.of(Integer.parseInt(name().substring(2))) : Optional.empty();
    }

    public static Optional<ChipFile> byFid(int fid) {
        return Arrays.stream(values()).filter(f -> f.fid == fid).findFirst();
    }

    public static Optional<ChipFile> bySfi(int sfi) {
        return Arrays.stream(values()).filter(f -> f.sfi == sfi).findFirst();
    }

    public static ChipFile dataGroup(int number) {
        return byFid(0x0100 + number).orElseThrow(() -> new IllegalArgumentException("no DG" + number));
    }
}
