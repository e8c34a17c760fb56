package vn.counterdesk.card.read;

import java.util.List;
import vn.counterdesk.card.lds.DataGroup;

/**
 * What to read and how.
 *
 * @param files files to read, in this order; DG13 comes before DG2 so the text is there before the
 *     photo (the slowest file)
 * @param maxBacAttempts BAC keys tried per card presentation (spec §5.2: small, never brute force)
 * @param allowPace false forces BAC even when the chip offers PACE (diagnostics, tests)
 * @param useExtendedLength use extended-length reads when the link reports support
 */
public record ReadOptions(List<DataGroup> files, int maxBacAttempts, boolean allowPace, boolean useExtendedLength) {

    /** The files identity display and verification need: text, MRZ, photo, then security objects. */
    public static final List<DataGroup> FULL_READ =
            List.of(DataGroup.DG13, DataGroup.DG1, DataGroup.DG2, DataGroup.SOD, DataGroup.DG14, DataGroup.DG15);

    public ReadOptions {
        files = List.copyOf(files);
        if (maxBacAttempts < 1) {
            throw new IllegalArgumentException("maxBacAttempts must be at least 1");
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(FULL_READ, 3, true, true);
    }

    public ReadOptions withFiles(List<DataGroup> newFiles) {
        return new ReadOptions(newFiles, maxBacAttempts, allowPace, useExtendedLength);
    }

    public ReadOptions bacOnly() {
        return new ReadOptions(files, maxBacAttempts, false, useExtendedLength);
    }

    public ReadOptions shortReadsOnly() {
        return new ReadOptions(files, maxBacAttempts, allowPace, false);
    }
}
