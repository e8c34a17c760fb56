package vn.counterdesk.app.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import vn.counterdesk.card.read.ReadStatistics;
import vn.counterdesk.sync.engine.SyncStatusReport;

/**
 * What support needs to know, with no personal data in it: the card reader state and the last chip
 * read's cost, the data directory, the upstream (breaker and a reachability probe) and the sync queue.
 */
public record Diagnosis(
        Instant at,
        String readerState,
        String readerName,
        Optional<ReadStatistics> lastRead,
        Path dataDirectory,
        boolean dataDirectoryWritable,
        String upstreamEndpoint,
        UpstreamProbe.Reachability upstreamReachability,
        String upstreamState,
        SyncStatusReport sync) {

    /** Plain text for the exported log. */
    public String asText() {
        return String.join(
                System.lineSeparator(),
                "CounterDesk diagnosis " + at,
                "reader.state=" + readerState,
                "reader.name=" + readerName,
                "chip.lastRead="
                        + lastRead.map(s -> s.apdus() + " APDUs, " + s.bytesRead() + " bytes, " + s.millis() + " ms")
                                .orElse("none"),
                "data.directory=" + dataDirectory,
                "data.writable=" + dataDirectoryWritable,
                "upstream.endpoint=" + upstreamEndpoint,
                "upstream.reachable="
                        + switch (upstreamReachability) {
                            case UpstreamProbe.Reachability.Reachable r ->
                                "yes (HTTP " + r.httpStatus() + ", " + r.millis() + " ms)";
                            case UpstreamProbe.Reachability.Unreachable u -> "no (" + u.kind() + ")";
                        },
                "upstream.breaker=" + upstreamState,
                "sync.queued=" + sync.queued(),
                "sync.sent=" + sync.sent(),
                "sync.coded=" + sync.coded(),
                "sync.rejected=" + sync.rejected(),
                "sync.failing=" + sync.failing(),
                "sync.alarm=" + sync.alarm(),
                "");
    }
}
