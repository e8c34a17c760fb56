package vn.counterdesk.sync.connector;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Where and how to reach the T-VAN. {@code tls} carries custom trust material (e.g. the T-VAN's own
 * CA); empty means the JDK's default trust store.
 */
public record HttpConnectorConfig(
        URI endpoint,
        Duration connectTimeout,
        Duration requestTimeout,
        Optional<SSLContext> tls,
        Credentials credentials) {

    public HttpConnectorConfig {
        Objects.requireNonNull(endpoint);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(requestTimeout);
        Objects.requireNonNull(tls);
        Objects.requireNonNull(credentials);
        String scheme = endpoint.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("endpoint must be an http or https URL");
        }
    }

    public static HttpConnectorConfig of(URI endpoint) {
        return new HttpConnectorConfig(
                endpoint, Duration.ofSeconds(10), Duration.ofSeconds(30), Optional.empty(), new Credentials.None());
    }

    public HttpConnectorConfig withTimeouts(Duration connect, Duration request) {
        return new HttpConnectorConfig(endpoint, connect, request, tls, credentials);
    }

    public HttpConnectorConfig withTls(SSLContext context) {
        return new HttpConnectorConfig(endpoint, connectTimeout, requestTimeout, Optional.of(context), credentials);
    }

    public HttpConnectorConfig withCredentials(Credentials newCredentials) {
        return new HttpConnectorConfig(endpoint, connectTimeout, requestTimeout, tls, newCredentials);
    }
}
