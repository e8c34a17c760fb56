package vn.counterdesk.app.ui;

import java.util.Optional;

/**
 * Keyboard-wedge scanners "type" what they read and end each line with CR or LF, which a text field
 * turns into Enter. A QR or an ID number is one line; a TD1 MRZ is three. This buffer collects MRZ
 * lines until the whole zone is there, and hands out complete input only.
 */
public final class ScannerInput {

    private static final int TD3_LENGTH = 88;

    private final StringBuilder pendingMrz = new StringBuilder();

    /** One line as entered; returns the complete input, or empty while an MRZ is still incomplete. */
    public Optional<String> accept(String line) {
        String text = line.replace("\r", "\n");
        boolean mrzLike = text.indexOf('<') >= 0 && text.indexOf('|') < 0;
        if (!mrzLike) {
            pendingMrz.setLength(0);
            return Optional.of(text.strip());
        }
        if (!pendingMrz.isEmpty()) {
            pendingMrz.append('\n');
        }
        pendingMrz.append(text.strip());
        if (pendingMrz.toString().replaceAll("\\s", "").length() < TD3_LENGTH) {
            return Optional.empty();
        }
        String complete = pendingMrz.toString();
        pendingMrz.setLength(0);
        return Optional.of(complete);
    }

    public boolean waitingForMoreMrz() {
        return !pendingMrz.isEmpty();
    }

    public void clear() {
        pendingMrz.setLength(0);
    }
}
