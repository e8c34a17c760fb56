package vn.counterdesk.invoice.sign;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a PKCS#11 token: the CA's module (e.g. {@code viettel-ca_v6.dll}, {@code libsofthsm2.so}; never
 * shipped, configured per installation), which slot, and optionally which key alias.
 */
public record Pkcs11Config(Path library, Slot slot, Optional<String> alias) {

    /** A slot by its PKCS#11 id or by its position in the module's slot list. */
    public sealed interface Slot {
        record Id(long id) implements Slot {}

        record Index(int index) implements Slot {}
    }

    public Pkcs11Config {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(alias, "alias");
    }

    /** The SunPKCS11 configuration text. */
    String sunPkcs11Config(String providerName) {
        String slotLine = switch (slot) {
            case Slot.Id id -> "slot = " + id.id();
            case Slot.Index index -> "slotListIndex = " + index.index();
        };
        return "--name = " + providerName + "\nlibrary = " + library.toAbsolutePath() + "\n" + slotLine + "\n";
    }
}
