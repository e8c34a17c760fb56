package vn.counterdesk.pcsc;

import java.time.Duration;

/**
 * What one card session exchanged, for diagnostics. Counts every APDU that crossed the reader,
 * including the GET RESPONSE and Le re-sends the session issued on its own ({@code followUps}).
 *
 * @param timeInTransmit wall time spent inside the PC/SC transmit call
 */
public record SessionStats(
        long apdus, long bytesSent, long bytesReceived, long followUps, long failures, Duration timeInTransmit) {

    static final SessionStats ZERO = new SessionStats(0, 0, 0, 0, 0, Duration.ZERO);

    SessionStats plus(int sent, int received, boolean followUp, boolean failed, long nanos) {
        return new SessionStats(
                apdus + 1,
                bytesSent + sent,
                bytesReceived + received,
                followUps + (followUp ? 1 : 0),
                failures + (failed ? 1 : 0),
                timeInTransmit.plusNanos(nanos));
    }
}
