package vn.counterdesk.sync.tdiep;

import java.util.Objects;
import java.util.Optional;

/**
 * One error reported by the upstream ({@code LDo}): {@code MLoi} plus its description ({@code MTa}
 * in a 999, {@code MTLoi} in a 204), how to fix it ({@code HDXLy}) and a note ({@code GChu}).
 */
public record ErrorItem(String code, String description, Optional<String> howToFix, Optional<String> note) {

    public ErrorItem {
        Objects.requireNonNull(code);
        Objects.requireNonNull(description);
        Objects.requireNonNull(howToFix);
        Objects.requireNonNull(note);
    }

    public static ErrorItem of(String code, String description) {
        return new ErrorItem(code, description, Optional.empty(), Optional.empty());
    }
}
