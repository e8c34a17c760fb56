package vn.counterdesk.app.config;

import java.nio.file.Path;
import java.util.Optional;

/** The seller's signing key: a PKCS#12 file, or a USB token / HSM over PKCS#11. */
public sealed interface SigningKey {

    record Pkcs12(Path file, SecretSource password, Optional<String> alias) implements SigningKey {}

    record Pkcs11(Path library, int slotIndex, SecretSource pin, Optional<String> alias) implements SigningKey {}

    static SigningKey parse(JsonFields signing, Path dataDirectory) throws BadInput {
        String type = signing.text("type");
        return switch (type) {
            case "pkcs12" ->
                new Pkcs12(
                        dataDirectory.resolve(signing.text("file")),
                        SecretSource.parse(signing.object("password"), dataDirectory),
                        signing.optionalText("alias"));
            case "pkcs11" ->
                new Pkcs11(
                        Path.of(signing.text("library")),
                        signing.integer("slot", 0),
                        SecretSource.parse(signing.object("pin"), dataDirectory),
                        signing.optionalText("alias"));
            default -> throw new BadInput(signing.name("type"), "must be \"pkcs12\" or \"pkcs11\"");
        };
    }
}
