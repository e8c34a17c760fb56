package vn.counterdesk.testkit.vpcd;

import static vn.counterdesk.testkit.vpcd.VirtualReaders.SLOT_0;

import java.time.Duration;
import vn.counterdesk.pcsc.ReaderEvent;
import vn.counterdesk.pcsc.Readers;

/**
 * The virtual reader "Virtual PCD 00 00" watched by a {@link Readers} monitor, as the PC/SC ITs set it up for each
 * test: empty at the start, listed by the monitor, a card inserted through vpcd on demand, and empty again after.
 */
final class WatchedSlot implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(5);

    final Readers readers;
    final VirtualReaders.Events events;
    /** The card in the slot, if any; a test that pulls it itself sets this to {@code null}. */
    VpcdBridge bridge;

    private WatchedSlot(Readers readers, VirtualReaders.Events events) {
        this.readers = readers;
        this.events = events;
    }

    static WatchedSlot open() throws Exception {
        VirtualReaders.awaitEmpty(SLOT_0);
        Readers readers = Readers.start();
        VirtualReaders.Events events = new VirtualReaders.Events();
        readers.addListener(events);
        events.await(e -> e.equals(new ReaderEvent.ReaderAdded(SLOT_0)), PATIENCE, "virtual reader listed");
        return new WatchedSlot(readers, events);
    }

    /** Inserts a loopback card and waits until the monitor has seen it. */
    LoopbackCard insert() throws Exception {
        LoopbackCard card = new LoopbackCard();
        bridge = VpcdBridge.insert(card);
        events.await(e -> e instanceof ReaderEvent.CardInserted c && c.reader().equals(SLOT_0), PATIENCE, "insertion");
        return card;
    }

    @Override
    public void close() throws InterruptedException {
        if (bridge != null) {
            bridge.remove();
        }
        readers.close();
        VirtualReaders.awaitEmpty(SLOT_0);
    }
}
