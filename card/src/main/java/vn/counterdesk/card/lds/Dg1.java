package vn.counterdesk.card.lds;

import java.nio.charset.StandardCharsets;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/** DG1: the MRZ as stored on the chip (tag 61 → 5F1F). */
public final class Dg1 {

    private Dg1() {}

    public static MrzRecord parse(byte[] encoded) throws TlvParseException {
        Tlv dg1 = TlvReader.readFirst(encoded);
        if (dg1.tag() != DataGroup.DG1.tag()) {
            throw new TlvParseException(String.format("DG1 must start with tag 61, found %X", dg1.tag()));
        }
        String text = new String(dg1.requireChild(0x5F1F).value(), StandardCharsets.US_ASCII);
        try {
            return MrzRecord.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TlvParseException("DG1 MRZ: " + e.getMessage());
        }
    }
}
