package vn.counterdesk.card.verify;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.counterdesk.card.lds.Tlv;

/** The data-group numbers listed in EF.COM's tag list (5C). EF.COM is not signed: it is a hint. */
final class EfComTags {

    private EfComTags() {}

    static Optional<Set<Integer>> listedDataGroups(byte[] efCom) {
        Optional<int[]> com = Tlv.valueBounds(efCom, 0, 0x60);
        if (com.isEmpty()) {
            return Optional.empty();
        }
        int position = com.get()[0];
        int end = com.get()[1];
        while (position < end) {
            Optional<int[]> tagList = Tlv.valueBounds(efCom, position, 0x5C);
            if (tagList.isPresent()) {
                Set<Integer> numbers = new TreeSet<>();
                for (int i = tagList.get()[0]; i < tagList.get()[1]; i++) {
                    dataGroupNumber(efCom[i] & 0xFF).ifPresent(numbers::add);
                }
                return Optional.of(numbers);
            }
            Optional<int[]> skipped = anyTlv(efCom, position);
            if (skipped.isEmpty()) {
                return Optional.empty();
            }
            position = skipped.get()[1];
        }
        return Optional.empty();
    }

    private static Optional<int[]> anyTlv(byte[] data, int offset) {
        int tag = data[offset] & 0xFF;
        if ((tag & 0x1F) == 0x1F && offset + 1 < data.length) {
            tag = (tag << 8) | (data[offset + 1] & 0xFF);
        }
        return Tlv.valueBounds(data, offset, tag);
    }

    /** ICAO 9303-10 Table 34: DG1 = 61, DG2 = 75, DG3 = 63, DG4 = 76, DG5..DG16 = 65..70. */
    static Optional<Integer> dataGroupNumber(int tag) {
        return switch (tag) {
            case 0x61 -> Optional.of(1);
            case 0x75 -> Optional.of(2);
            case 0x63 -> Optional.of(3);
            case 0x76 -> Optional.of(4);
            default -> tag >= 0x65 && tag <= 0x70 ? Optional.of(tag - 0x60) : Optional.empty();
        };
    }
}
