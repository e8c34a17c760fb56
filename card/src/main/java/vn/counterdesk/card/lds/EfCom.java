package vn.counterdesk.card.lds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/**
 * EF.COM: LDS and Unicode versions and the data groups the chip claims to hold. Not trusted as the
 * file list (spec §3): the reader still probes the groups it needs.
 */
public record EfCom(String ldsVersion, String unicodeVersion, List<DataGroup> dataGroups, List<Integer> unknownTags) {

    public EfCom {
        dataGroups = List.copyOf(dataGroups);
        unknownTags = List.copyOf(unknownTags);
    }

    public static EfCom parse(byte[] encoded) throws TlvParseException {
        Tlv com = TlvReader.readFirst(encoded);
        if (com.tag() != DataGroup.COM.tag()) {
            throw new TlvParseException(String.format("EF.COM must start with tag 60, found %X", com.tag()));
        }
        String lds = new String(com.requireChild(0x5F01).value(), StandardCharsets.US_ASCII);
        String unicode = com.child(0x5F36)
                .map(t -> new String(t.value(), StandardCharsets.US_ASCII))
                .orElse("");
        List<DataGroup> groups = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (byte b : com.requireChild(0x5C).value()) {
            int tag = b & 0xFF;
            DataGroup.byTag(tag).ifPresentOrElse(groups::add, () -> unknown.add(tag));
        }
        return new EfCom(lds, unicode, groups, unknown);
    }
}
