package vn.counterdesk.card.lds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.card.tlv.Asn1;
import vn.counterdesk.card.tlv.Tlv;
import vn.counterdesk.card.tlv.TlvParseException;
import vn.counterdesk.card.tlv.TlvReader;

/**
 * The SecurityInfos of EF.CardAccess (ICAO 9303-11 §9.2): PACE entries are decoded, every other
 * entry is kept by its protocol OID so nothing the chip advertises is lost.
 */
public record SecurityInfos(List<PaceInfo> paceInfos, List<String> otherProtocols) {

    public static final String ID_PACE = "0.4.0.127.0.7.2.2.4";

    public SecurityInfos {
        paceInfos = List.copyOf(paceInfos);
        otherProtocols = List.copyOf(otherProtocols);
    }

    /** A PACEInfo: protocol OID, version, optional standardized domain parameter id. */
    public record PaceInfo(String protocol, int version, Optional<Integer> parameterId) {}

    public static SecurityInfos parse(byte[] encoded) throws TlvParseException {
        Tlv set = TlvReader.readFirst(encoded);
        Asn1.expect(set, Asn1.SET);
        List<PaceInfo> pace = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Tlv info : set.children()) {
            Asn1.expect(info, Asn1.SEQUENCE);
            List<Tlv> parts = info.children();
            if (parts.isEmpty()) {
                throw new TlvParseException("empty SecurityInfo");
            }
            String oid = Asn1.objectIdentifier(parts.getFirst());
            if (oid.startsWith(ID_PACE + ".") && parts.size() >= 2) {
                int version = Asn1.smallInteger(parts.get(1));
                Optional<Integer> parameterId =
                        parts.size() >= 3 && parts.get(2).tag() == Asn1.INTEGER
                                ? Optional.of(Asn1.smallInteger(parts.get(2)))
                                : Optional.empty();
                pace.add(new PaceInfo(oid, version, parameterId));
            } else {
                other.add(oid);
            }
        }
        return new SecurityInfos(pace, other);
    }
}
