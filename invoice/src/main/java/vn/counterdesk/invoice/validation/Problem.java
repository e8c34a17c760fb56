package vn.counterdesk.invoice.validation;

import java.util.Objects;

/**
 * One machine-readable finding about an invoice (spec §12): a stable code, a severity, where it is
 * ({@code xpath}, e.g. {@code /HDon/DLHDon/NDHDon/TToan/TgTThue}) and a message for people. Messages never
 * contain personal data.
 */
public record Problem(String code, Severity severity, String xpath, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(xpath, "xpath");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String code, String xpath, String message) {
        return new Problem(code, Severity.ERROR, xpath, message);
    }

    public static Problem warning(String code, String xpath, String message) {
        return new Problem(code, Severity.WARNING, xpath, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
