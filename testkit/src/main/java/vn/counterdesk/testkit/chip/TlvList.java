package vn.counterdesk.testkit.chip;

import java.util.Optional;

/** Helpers for command data made of a flat list of TLV objects (MSE templates). */
final class TlvList {

    private TlvList() {}

    static Optional<byte[]> find(byte[] data, int tag) {
        int offset = 0;
        while (offset < data.length) {
            Optional<Tlv> tlv = Tlv.read(data, offset);
            if (tlv.isEmpty()) {
                return Optional.empty();
            }
            if (tlv.get().tag() == tag) {
                return Optional.of(tlv.get().value());
            }
            offset += tlv.get().encodedLength();
        }
        return Optional.empty();
    }

    static boolean wellFormed(byte[] data) {
        int offset = 0;
        while (offset < data.length) {
            Optional<Tlv> tlv = Tlv.read(data, offset);
            if (tlv.isEmpty()) {
                return false;
            }
            offset += tlv.get().encodedLength();
        }
        return true;
    }
}
