package vn.counterdesk.card.verify;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/** The data-group numbers listed in EF.COM's tag list (5C). EF.COM is not signed: it is a hint. */
final class EfComTags {

    private static final int EF_COM_TAG = 0x60;
    private static final int TAG_LIST = 0x5C;

    private EfComTags() {}

    /** Empty when EF.COM is malformed or has no tag list: the cross-check is then skipped, not failed. */
    static Optional<Set<Integer>> listedDataGroups(byte[] efCom) {
        Optional<byte[]> content = TlvReader.unwrap(efCom, EF_COM_TAG);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            return TlvReader.readAll(content.get()).stream()
                    .filter(object -> object.tag() == TAG_LIST)
                    .findFirst()
                    .map(EfComTags::numbers);
        } catch (TlvParseException malformed) {
            return Optional.empty();
        }
    }

    private static Set<Integer> numbers(Tlv tagList) {
        Set<Integer> numbers = new TreeSet<>();
        for (byte tag : tagList.value()) {
            dataGroupNumber(tag & 0xFF).ifPresent(numbers::add);
        }
        return numbers;
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
