package vn.counterdesk.card.read;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.lds.DataGroup;

/**
 * A complete read: the identity, how the chip was opened, what the chip-side protocols showed, the
 * cost, and the raw bytes of every file read (passive authentication hashes exactly these).
 */
public record ChipRead(
        IdentityDocument document,
        AccessMethod access,
        AuthenticationResults authentication,
        ReadStatistics statistics,
        Map<DataGroup, byte[]> rawFiles) {

    public ChipRead {
        Map<DataGroup, byte[]> copy = new EnumMap<>(DataGroup.class);
        rawFiles.forEach((k, v) -> copy.put(k, v.clone()));
        rawFiles = Collections.unmodifiableMap(copy);
    }

    /** Raw bytes of one file; a copy. */
    public java.util.Optional<byte[]> raw(DataGroup file) {
        return java.util.Optional.ofNullable(rawFiles.get(file)).map(byte[]::clone);
    }

    /** Raw data groups keyed by number (1–16), as {@code ChipAuthenticator} and verification take them. */
    public Map<Integer, byte[]> dataGroupsByNumber() {
        return byNumber(rawFiles);
    }

    static Map<Integer, byte[]> byNumber(Map<DataGroup, byte[]> files) {
        Map<Integer, byte[]> out = new java.util.TreeMap<>();
        files.forEach((k, v) -> {
            if (k.number() > 0) {
                out.put(k.number(), v.clone());
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "ChipRead[" + access.label() + ", " + rawFiles.keySet() + ", " + statistics + "]";
    }
}
