package vn.counterdesk.pcsc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PC/SC service simulated in memory: readers can be plugged, cards inserted and the service
 * stopped and started, from the test thread while a monitor watches. Contexts established before
 * a restart stay dead (as with pcsc-lite); with {@code recovers = false} even new contexts stay dead
 * after the first outage, which is how the JDK's SunPCSC behaves.
 */
final class FakePcsc implements PcscBackend {

    private final boolean recovers;
    private final Map<String, Optional<Atr>> readers = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private boolean up = true;
    private boolean everRestarted;
    private int generation;

    FakePcsc(boolean recovers) {
        this.recovers = recovers;
    }

    synchronized void plug(String reader) {
        readers.put(reader, Optional.empty());
        counters.putIfAbsent(reader, 0);
    }

    synchronized void unplug(String reader) {
        readers.remove(reader);
    }

    synchronized void insert(String reader, Atr atr) {
        readers.put(reader, Optional.of(atr));
        counters.merge(reader, 1, Integer::sum);
    }

    synchronized void remove(String reader) {
        readers.put(reader, Optional.empty());
        counters.merge(reader, 1, Integer::sum);
    }

    synchronized void stopService() {
        up = false;
        generation++;
    }

    synchronized void startService() {
        up = true;
        everRestarted = true;
    }

    @Override
    public synchronized PcscContext establishContext() throws ServiceUnavailableException {
        if (!up) {
            throw new ServiceUnavailableException(ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING, "fake is down");
        }
        return new Context(generation);
    }

    @Override
    public boolean recoversWithinProcess() {
        return recovers;
    }

    @Override
    public String description() {
        return "fake";
    }

    private synchronized void checkAlive(int contextGeneration) throws PcscException {
        if (!up) {
            throw new PcscException("fake", PcscError.NO_SERVICE.code());
        }
        if (contextGeneration != generation || (!recovers && everRestarted)) {
            throw new PcscException("fake", PcscError.INVALID_HANDLE.code());
        }
    }

    private synchronized List<ReaderStatus> current(List<ReaderStatus> known) {
        List<ReaderStatus> now = new ArrayList<>();
        for (ReaderStatus k : known) {
            Optional<Atr> card = readers.get(k.reader());
            if (card == null) {
                now.add(new ReaderStatus(k.reader(), ReaderStatus.STATE_UNKNOWN, new Atr(new byte[0])));
                continue;
            }
            int bits = card.isPresent() ? ReaderStatus.STATE_PRESENT : ReaderStatus.STATE_EMPTY;
            now.add(new ReaderStatus(
                    k.reader(), bits | (counters.get(k.reader()) << 16), card.orElse(new Atr(new byte[0]))));
        }
        return now;
    }

    private final class Context implements PcscContext {
        private final int contextGeneration;
        private volatile boolean cancelled;

        Context(int generation) {
            this.contextGeneration = generation;
        }

        @Override
        public List<String> listReaders() throws PcscException {
            checkAlive(contextGeneration);
            synchronized (FakePcsc.this) {
                return List.copyOf(readers.keySet());
            }
        }

        @Override
        public List<ReaderStatus> awaitChange(List<ReaderStatus> known, Duration timeout) throws PcscException {
            long deadline = System.nanoTime() + timeout.toNanos();
            do {
                checkAlive(contextGeneration);
                if (cancelled) {
                    throw new PcscException("fake", PcscError.CANCELLED.code());
                }
                List<ReaderStatus> now = current(known);
                for (int i = 0; i < known.size(); i++) {
                    if (now.get(i).state() != known.get(i).state()) {
                        return now;
                    }
                }
                sleep();
            } while (System.nanoTime() < deadline);
            return known;
        }

        @Override
        public CardConnection connect(String reader) throws PcscException {
            throw new PcscException("fake connect", PcscError.NO_SMARTCARD.code());
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public void close() {}

        private static void sleep() {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
