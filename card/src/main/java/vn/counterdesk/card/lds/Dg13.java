package vn.counterdesk.card.lds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.counterdesk.card.tlv.Asn1;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/**
 * DG13 of the Vietnamese card (spec §8): {@code 6D → SEQUENCE { version, OID, SET OF SEQUENCE
 * { INTEGER n, value… } }}. Each entry is keyed by its number n; values are every string below it in
 * document order, however deeply nested. Unknown numbers are kept.
 */
public final class Dg13 {

    private Dg13() {}

    /** One DG13 entry: its strings in order, and its encoded bytes for numbers we do not interpret. */
    public record Entry(int number, List<String> strings, byte[] encoded) {
        public Entry {
            strings = List.copyOf(strings);
            encoded = encoded.clone();
        }

        @Override
        public byte[] encoded() {
            return encoded.clone();
        }

        @Override
        public String toString() {
            return "Entry[" + number + ", " + strings.size() + " strings, redacted]";
        }
    }

    /** Entries by number, in the order the chip stores them. */
    public static Map<Integer, Entry> parse(byte[] encoded) throws TlvParseException {
        Tlv dg13 = TlvReader.readFirst(encoded);
        if (dg13.tag() != DataGroup.DG13.tag()) {
            throw new TlvParseException(String.format("DG13 must start with tag 6D, found %X", dg13.tag()));
        }
        Tlv sequence = dg13.requireChild(Asn1.SEQUENCE);
        Tlv set = sequence.requireChild(Asn1.SET);
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        for (Tlv item : set.children()) {
            if (item.tag() != Asn1.SEQUENCE) {
                continue; // only SEQUENCE entries carry numbered fields
            }
            List<Tlv> parts = item.children();
            if (parts.isEmpty() || parts.getFirst().tag() != Asn1.INTEGER) {
                throw new TlvParseException("DG13 entry without field number");
            }
            int number = Asn1.smallInteger(parts.getFirst());
            List<String> strings = new ArrayList<>();
            for (Tlv value : parts.subList(1, parts.size())) {
                collectStrings(value, strings, 0);
            }
            if (entries.putIfAbsent(number, new Entry(number, strings, item.encode())) != null) {
                throw new TlvParseException("DG13 field " + number + " occurs twice");
            }
        }
        return entries;
    }

    private static void collectStrings(Tlv tlv, List<String> out, int depth) throws TlvParseException {
        if (depth > 8) {
            throw new TlvParseException("DG13 nesting deeper than 8 levels");
        }
        if (Asn1.isString(tlv)) {
            out.add(Asn1.text(tlv));
        } else if (tlv.isConstructed()) {
            for (Tlv child : tlv.children()) {
                collectStrings(child, out, depth + 1);
            }
        }
    }
}
