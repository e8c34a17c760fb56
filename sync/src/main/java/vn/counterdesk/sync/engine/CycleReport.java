package vn.counterdesk.sync.engine;

/**
 * What one engine cycle did. {@code upstreamReached} is false when not a single exchange with the
 * upstream succeeded although there was something to do (the CLI maps that to exit code 6).
 */
public record CycleReport(
        int submitted,
        int acknowledged,
        int transportFailures,
        int answersApplied,
        int answersIgnored,
        int forgedAnswersRejected,
        boolean upstreamReached) {}
