package vn.counterdesk.sync.it;

import java.net.URI;
import java.nio.file.Path;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.sync.connector.TrustMaterial;
import vn.counterdesk.sync.engine.EngineFixture;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.sync.store.TestCounterStore;

/**
 * The client process of {@link SyncCrashRestartIT}: runs the engine in the background over a SQLite
 * store outbox until every invoice is final, then exits 0. The test kills it with SIGKILL at random times.
 * Arguments: data directory, upstream endpoint, tax-authority certificate (PEM).
 */
public final class SyncClientProcess {

    private SyncClientProcess() {}

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        URI endpoint = URI.create(args[1]);
        var trusted = TrustMaterial.readCertificates(Path.of(args[2]));
        try (CounterStore store = TestCounterStore.open(database);
                SyncEngine engine = EngineFixture.engine(TestCounterStore.queue(store), endpoint, trusted)) {
            engine.start();
            System.out.println("started");
            System.out.flush();
            while (true) {
                Thread.sleep(250);
                SyncStatusReport status = engine.status();
                System.out.println("status coded=" + status.coded() + " rejected=" + status.rejected());
                if (status.drained()) {
                    System.out.println("drained");
                    System.out.flush();
                    return;
                }
            }
        }
    }
}
