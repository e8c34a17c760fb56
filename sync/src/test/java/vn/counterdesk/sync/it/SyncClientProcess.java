package vn.counterdesk.sync.it;

import java.net.URI;
import java.nio.file.Path;
import vn.counterdesk.sync.connector.TrustMaterial;
import vn.counterdesk.sync.engine.EngineFixture;
import vn.counterdesk.sync.engine.SqliteSyncQueue;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncStatusReport;

/**
 * The client process of {@link SyncCrashRestartIT}: runs the engine in the background over a SQLite
 * outbox until every invoice is final, then exits 0. The test kills it with SIGKILL at random times.
 * Arguments: database file, upstream endpoint, tax-authority certificate (PEM).
 */
public final class SyncClientProcess {

    private SyncClientProcess() {}

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        URI endpoint = URI.create(args[1]);
        var trusted = TrustMaterial.readCertificates(Path.of(args[2]));
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(database);
                SyncEngine engine = EngineFixture.engine(queue, endpoint, trusted)) {
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
