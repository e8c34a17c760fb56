package vn.counterdesk.sync.connector;

import java.util.Objects;

/** Why an exchange with the upstream did not produce a usable answer. Expected, hence a value. */
public record TransportFailure(Kind kind, String detail) {

    public enum Kind {
        /** Nobody answered the connection attempt (DNS, refused, TLS handshake). */
        UNREACHABLE,
        /** The connection broke after the request may have been received. */
        CONNECTION_LOST,
        TIMEOUT,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** HTTP 4xx: our request or our credentials were refused; retrying as is will not help. */
        CLIENT_ERROR,
        /** A 2xx whose body is not an acceptable message. */
        MALFORMED_ANSWER
    }

    public TransportFailure {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(detail);
    }
}
