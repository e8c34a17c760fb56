package vn.counterdesk.app.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether the upstream endpoint answers at all: one HTTP request with a short timeout. Blocking. */
public final class UpstreamProbe {

    /** What the probe saw; any HTTP answer (even 404 or 405) proves the endpoint reachable. */
    public sealed interface Reachability {
        record Reachable(int httpStatus, long millis) implements Reachability {}

        record Unreachable(String kind) implements Reachability {}
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private UpstreamProbe() {}

    public static Reachability probe(URI endpoint) {
        long start = System.nanoTime();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(endpoint).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Reachability.Reachable(response.statusCode(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Reachability.Unreachable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reachability.Unreachable("Interrupted");
        } catch (IllegalArgumentException e) {
            return new Reachability.Unreachable("BadEndpoint");
        }
    }
}
