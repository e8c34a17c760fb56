package vn.counterdesk.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a password, PIN or passphrase comes from: an environment variable or a file (first line). Settings name
 * the source, never the secret, so settings.json can be shared and backed up.
 */
public sealed interface SecretSource {

    /** Reads the secret; the caller zeroes the array after use. */
    char[] read(Map<String, String> environment) throws BadInput;

    record FromEnvironment(String field, String variable) implements SecretSource {
        @Override
        public char[] read(Map<String, String> environment) throws BadInput {
            String value = environment.get(variable);
            if (value == null || value.isEmpty()) {
                throw new BadInput(field + ".env", "environment variable " + variable + " is not set");
            }
            return value.toCharArray();
        }
    }

    record FromFile(String field, Path file) implements SecretSource {
        @Override
        public char[] read(Map<String, String> environment) throws BadInput {
            try {
                return Files.readString(file, StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("")
                        .toCharArray();
            } catch (IOException e) {
                throw new BadInput(field + ".file", "cannot read " + file);
            }
        }
    }

    /** {@code {"env": "NAME"}} or {@code {"file": "relative/or/absolute"}} (relative to the data directory). */
    static SecretSource parse(JsonFields fields, Path dataDirectory) throws BadInput {
        var env = fields.optionalText("env");
        var file = fields.optionalText("file");
        if (env.isPresent() == file.isPresent()) {
            throw new BadInput(fields.path(), "give exactly one of \"env\" or \"file\"");
        }
        return env.isPresent()
                ? new FromEnvironment(fields.path(), env.get())
                : new FromFile(fields.path(), dataDirectory.resolve(file.get()));
    }
}
