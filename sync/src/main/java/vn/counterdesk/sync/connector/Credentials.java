package vn.counterdesk.sync.connector;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/** How the client authenticates to the T-VAN. {@code toString} never shows a secret. */
public sealed interface Credentials {

    /** The value of the {@code Authorization} header, if any. */
    Optional<String> authorizationHeader();

    record None() implements Credentials {
        @Override
        public Optional<String> authorizationHeader() {
            return Optional.empty();
        }
    }

    record Bearer(String token) implements Credentials {
        public Bearer {
            Objects.requireNonNull(token);
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("Bearer " + token);
        }

        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }

    record Basic(String user, String password) implements Credentials {
        public Basic {
            Objects.requireNonNull(user);
            Objects.requireNonNull(password);
        }

        @Override
        public Optional<String> authorizationHeader() {
            String pair = user + ":" + password;
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=***]";
        }
    }
}
