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
        boolean upstreamReached) {

    public static final CycleReport NOTHING = new CycleReport(0, 0, 0, 0, 0, 0, false);

    /** Something was submitted or an answer changed an invoice. */
    public boolean didWork() {
        return submitted > 0 || answersApplied > 0;
    }

    public CycleReport plus(CycleReport other) {
        return new CycleReport(
                submitted + other.submitted,
                acknowledged + other.acknowledged,
                transportFailures + other.transportFailures,
                answersApplied + other.answersApplied,
                answersIgnored + other.answersIgnored,
                forgedAnswersRejected + other.forgedAnswersRejected,
                upstreamReached || other.upstreamReached);
    }
}
