package vn.counterdesk.app.service;

import java.nio.file.Path;
import java.time.Instant;
import vn.counterdesk.sync.engine.SyncStatusReport;

/**
 * What support needs to know, with no personal data in it: the card reader state, the data
 * directory, the upstream connection and the sync queue.
 */
public record Diagnosis(
        Instant at,
        String readerState,
        String readerName,
        Path dataDirectory,
        boolean dataDirectoryWritable,
        String upstreamState,
        SyncStatusReport sync) {

    /** Plain text for the exported log. */
    public String asText() {
        return String.join(
                System.lineSeparator(),
                "CounterDesk diagnosis " + at,
                "reader.state=" + readerState,
                "reader.name=" + readerName,
                "data.directory=" + dataDirectory,
                "data.writable=" + dataDirectoryWritable,
                "upstream.breaker=" + upstreamState,
                "sync.queued=" + sync.queued(),
                "sync.sent=" + sync.sent(),
                "sync.coded=" + sync.coded(),
                "sync.rejected=" + sync.rejected(),
                "sync.failing=" + sync.failing(),
                "");
    }
}
