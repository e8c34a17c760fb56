package vn.counterdesk.sync.connector;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLException;
import vn.counterdesk.sync.connector.TransportFailure.Kind;
import vn.counterdesk.sync.tdiep.Answer;
import vn.counterdesk.sync.tdiep.AnswerReader;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.tdiep.TDiepReader;

/**
 * The T-VAN connector over HTTP(S), protocol in docs/sync.md: {@code POST {endpoint}/tdiep} answers
 * the 999 in the response body; {@code GET {endpoint}/tdiep/answers?since=…&limit=…} returns a
 * {@code DSTDiep} page and the next cursor in the {@code Next-Cursor} header.
 */
public final class HttpUpstreamConnector implements UpstreamConnector {

    private static final System.Logger LOG = System.getLogger(HttpUpstreamConnector.class.getName());
    private static final String XML = "application/xml; charset=utf-8";

    private final HttpConnectorConfig config;
    private final HttpClient client;
    private final TDiepReader reader = new TDiepReader();
    private final AnswerReader answers = new AnswerReader(reader);

    public HttpUpstreamConnector(HttpConnectorConfig config) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        config.tls().ifPresent(builder::sslContext);
        this.client = builder.build();
    }

    @Override
    public ConnectorResult<Answer.TechnicalAck> submit(byte[] message) {
        HttpRequest request = request("tdiep")
                .header("Content-Type", XML)
                .POST(HttpRequest.BodyPublishers.ofByteArray(message))
                .build();
        return exchange(request, response -> {
            Answer answer = answers.read(response.body());
            if (answer instanceof Answer.TechnicalAck ack) {
                return new ConnectorResult.Ok<>(ack);
            }
            return ConnectorResult.failed(Kind.MALFORMED_ANSWER, "submission not answered by a 999");
        });
    }

    @Override
    public ConnectorResult<AnswerPage> fetchAnswers(String cursor, int limit) {
        String query = "tdiep/answers?since=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&limit=" + limit;
        HttpRequest request = request(query).GET().build();
        return exchange(request, response -> {
            String next = response.headers().firstValue("Next-Cursor").orElse("");
            if (next.isEmpty()) {
                return ConnectorResult.failed(Kind.MALFORMED_ANSWER, "answer page without Next-Cursor");
            }
            return new ConnectorResult.Ok<>(new AnswerPage(reader.readPage(response.body(), limit), next));
        });
    }

    private HttpRequest.Builder request(String path) {
        String base = config.endpoint().toString();
        URI uri = URI.create(base.endsWith("/") ? base + path : base + "/" + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(config.requestTimeout());
        config.credentials().authorizationHeader().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private interface BodyInterpreter<T> {
        ConnectorResult<T> interpret(HttpResponse<byte[]> response) throws TDiepParseException;
    }

    private <T> ConnectorResult<T> exchange(HttpRequest request, BodyInterpreter<T> interpreter) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return logged(ConnectorResult.failed(Kind.UNREACHABLE, "cannot connect to the upstream"));
        } catch (HttpTimeoutException e) {
            return logged(ConnectorResult.failed(Kind.TIMEOUT, "no answer within " + config.requestTimeout()));
        } catch (SSLException e) {
            return logged(ConnectorResult.failed(Kind.UNREACHABLE, "TLS handshake failed"));
        } catch (IOException e) {
            return logged(ConnectorResult.failed(Kind.CONNECTION_LOST, "connection lost"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConnectorResult.failed(Kind.CONNECTION_LOST, "interrupted");
        }
        int status = response.statusCode();
        if (status >= 500) {
            return logged(ConnectorResult.failed(Kind.SERVER_ERROR, "HTTP " + status));
        }
        if (status < 200 || status >= 300) {
            return logged(ConnectorResult.failed(Kind.CLIENT_ERROR, "HTTP " + status));
        }
        try {
            return interpreter.interpret(response);
        } catch (TDiepParseException e) {
            return logged(ConnectorResult.failed(Kind.MALFORMED_ANSWER, e.getMessage()));
        }
    }

    private static <T> ConnectorResult<T> logged(ConnectorResult<T> result) {
        if (result instanceof ConnectorResult.Failed<T> failed) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "upstream exchange failed: {0} ({1})",
                    failed.failure().kind(),
                    failed.failure().detail());
        }
        return result;
    }

    @Override
    public String toString() {
        return "HttpUpstreamConnector[" + config.endpoint() + ", " + config.credentials() + "]";
    }
}
