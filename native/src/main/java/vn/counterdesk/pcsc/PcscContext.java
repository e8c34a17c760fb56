package vn.counterdesk.pcsc;

import java.time.Duration;
import java.util.List;

/**
 * One PC/SC context. Calls on a context are serialised by the service library, so the monitor and
 * each card session own separate contexts; only {@link #cancel()} may come from another thread.
 */
interface PcscContext extends AutoCloseable {

    /** The readers attached now; empty (not an error) when there are none. */
    List<String> listReaders() throws PcscException;

    /**
     * Waits until a reader's state differs from {@code known} or the timeout elapses, and returns
     * the current state of each reader in {@code known} (unchanged on timeout).
     */
    List<ReaderStatus> awaitChange(List<ReaderStatus> known, Duration timeout) throws PcscException;

    /** Connects to the card in {@code reader}: shared mode, T=0 or T=1 (whatever the card offers). */
    CardConnection connect(String reader) throws PcscException;

    /** Wakes a blocked {@link #awaitChange}; safe from any thread. */
    void cancel();

    /** Releases the context; never throws. */
    @Override
    void close();
}
