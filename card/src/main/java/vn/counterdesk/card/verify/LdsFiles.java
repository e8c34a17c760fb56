package vn.counterdesk.card.verify;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The raw files read from a chip (or a folder): EF.COM, EF.SOD and the data groups by number.
 * Defensive copies throughout: these bytes are evidence.
 */
public record LdsFiles(Optional<byte[]> efCom, Optional<byte[]> efSod, SortedMap<Integer, byte[]> dataGroups) {

    public LdsFiles {
        efCom = efCom.map(byte[]::clone);
        efSod = efSod.map(byte[]::clone);
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        dataGroups = Collections.unmodifiableSortedMap(copy);
    }

    public static LdsFiles of(Optional<byte[]> efCom, Optional<byte[]> efSod, Map<Integer, byte[]> dataGroups) {
        return new LdsFiles(efCom, efSod, new TreeMap<>(dataGroups));
    }

    public Optional<byte[]> dataGroup(int number) {
        return Optional.ofNullable(dataGroups.get(number)).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "LdsFiles[com=" + efCom.isPresent() + ", sod=" + efSod.isPresent() + ", dataGroups="
                + dataGroups.keySet() + "]";
    }
}
