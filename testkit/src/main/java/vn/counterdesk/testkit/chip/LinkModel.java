package vn.counterdesk.testkit.chip;

import java.time.Duration;

/**
 * A slow contactless link: every APDU costs a fixed latency plus the time its command and response
 * bytes take at {@code bitsPerSecond}. ISO/IEC 14443 starts at 106 kbit/s.
 */
public record LinkModel(Duration latencyPerApdu, long bitsPerSecond) {

    /** Base ISO/IEC 14443 rate with a typical per-frame overhead. */
    public static final LinkModel ISO14443_106K = new LinkModel(Duration.ofMillis(15), 106_000);

    public LinkModel {
        if (latencyPerApdu.isNegative() || bitsPerSecond <= 0) {
            throw new IllegalArgumentException("latency must be ≥ 0 and bit rate > 0");
        }
    }

    /** How long one exchange of {@code bytes} (command plus response) takes on this link. */
    public Duration costOf(int bytes) {
        long transferNanos = bytes * 8L * 1_000_000_000L / bitsPerSecond;
        return latencyPerApdu.plusNanos(transferNanos);
    }
}
