package vn.counterdesk.pcsc;

import java.util.Optional;

/**
 * One reader as a UI shows it: a snapshot, never updated in place.
 *
 * @param lastError the last PC/SC error seen on this reader, if any
 */
public record ReaderState(String name, boolean cardPresent, Optional<Atr> atr, Optional<PcscError> lastError) {

    static ReaderState empty(String name) {
        return new ReaderState(name, false, Optional.empty(), Optional.empty());
    }
}
