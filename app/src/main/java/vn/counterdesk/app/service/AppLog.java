package vn.counterdesk.app.service;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

/**
 * The app's own log (loggers under {@code vn.counterdesk}) kept in memory for "Export log". Our log
 * messages never carry personal data by rule; exported lines are still redacted as a second line of
 * defence: throwables by type only (lower layers' messages may quote a field) and digit runs of ID-number
 * length masked.
 */
public final class AppLog {

    private static final int CAPACITY = 2_000;
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{9,}");
    private static final AppLog SHARED = new AppLog();

    private final Deque<String> lines = new ArrayDeque<>();
    private final Handler handler = new Handler() {
        private final Formatter messages = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            String line = Instant.ofEpochMilli(record.getMillis()) + " " + record.getLevel() + " "
                    + record.getLoggerName() + ": " + messages.formatMessage(record)
                    + (record.getThrown() == null
                            ? ""
                            : " [" + record.getThrown().getClass().getName() + "]");
            append(redact(line));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    // Held strongly: java.util.logging keeps loggers weakly, and a collected logger loses its handler.
    private Logger root;

    private AppLog() {}

    /** The process-wide log, capturing from the first call on. */
    public static synchronized AppLog shared() {
        if (SHARED.root == null) {
            SHARED.root = Logger.getLogger("vn.counterdesk");
            SHARED.root.addHandler(SHARED.handler);
        }
        return SHARED;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    private synchronized void append(String line) {
        if (lines.size() == CAPACITY) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    static String redact(String line) {
        return LONG_DIGIT_RUN.matcher(line).replaceAll("#########");
    }
}
