package vn.counterdesk.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.counterdesk.sync.connector.TransportFailure.Kind;
import vn.counterdesk.sync.tdiep.Answer;

class HttpUpstreamConnectorTest {

    private static final String OURS = "0100000000F6CA05C0FAD546FCA237A8E930E7CB49";
    private static final byte[] ACK = ("<TDiep><TTChung><PBan>2.1.0</PBan><MNGui>V0100000000</MNGui>"
                    + "<MNNhan>0100000000</MNNhan><MLTDiep>999</MLTDiep>"
                    + "<MTDiep>V0100000000E70C060922AD4493ABCC0E3445291397</MTDiep><MTDTChieu>" + OURS
                    + "</MTDTChieu><MST>0100000001</MST><SLuong>1</SLuong></TTChung><DLieu><TBao><MTDiep>" + OURS
                    + "</MTDiep><TTTNhan>0</TTTNhan></TBao></DLieu></TDiep>")
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private volatile String lastAuthorization;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(HttpServer s, int status, byte[] body) {
        server = s;
        server.createContext("/tdiep", exchange -> {
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        String scheme = s instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static HttpServer plain() throws Exception {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }

    @Test
    void sendsTheBearerTokenButNeverShowsIt() throws Exception {
        URI endpoint = serve(plain(), 200, ACK);
        Credentials token = new Credentials.Bearer("s3cr3t-token");
        HttpUpstreamConnector connector =
                new HttpUpstreamConnector(HttpConnectorConfig.of(endpoint).withCredentials(token));

        var result = connector.submit("<TDiep/>".getBytes(StandardCharsets.UTF_8));

        assertThat(result)
                .isInstanceOfSatisfying(
                        ConnectorResult.Ok.class,
                        ok -> assertThat(((Answer.TechnicalAck) ok.value()).accepted())
                                .isTrue());
        assertThat(lastAuthorization).isEqualTo("Bearer s3cr3t-token");
        assertThat(connector.toString()).doesNotContain("s3cr3t");
        assertThat(HttpConnectorConfig.of(endpoint).withCredentials(token).toString())
                .doesNotContain("s3cr3t");
        assertThat(new Credentials.Basic("counter", "pa55").toString()).doesNotContain("pa55");
    }

    @Test
    void mapsStatusCodesAndGarbageToTypedFailures() throws Exception {
        assertThat(failureOf(serve(plain(), 503, new byte[0]))).isEqualTo(Kind.SERVER_ERROR);
        stop();
        assertThat(failureOf(serve(plain(), 401, new byte[0]))).isEqualTo(Kind.CLIENT_ERROR);
        stop();
        assertThat(failureOf(serve(plain(), 200, java.util.Arrays.copyOf(ACK, 100))))
                .isEqualTo(Kind.MALFORMED_ANSWER);
        stop();
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        server = null;
        assertThat(failureOf(URI.create("http://127.0.0.1:" + closed + "/"))).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void trustsATvanCertificateOnlyWhenConfiguredTo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=T-VAN test");
        var builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.ONE,
                Date.from(Instant.now().minusSeconds(60)),
                Date.from(Instant.now().plus(Duration.ofDays(1))),
                name,
                pair.getPublic());
        builder.addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("tls", pair.getPrivate(), new char[0], new X509Certificate[] {certificate});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        URI endpoint = serve(https, 200, ACK);

        HttpConnectorConfig trusting =
                HttpConnectorConfig.of(endpoint).withTls(TrustMaterial.tlsTrusting(List.of(certificate)));

        assertThat(new HttpUpstreamConnector(trusting).submit(new byte[] {'x'})).isInstanceOf(ConnectorResult.Ok.class);
        assertThat(failureOf(endpoint)).isEqualTo(Kind.UNREACHABLE);
    }

    private static Kind failureOf(URI endpoint) {
        HttpConnectorConfig config =
                HttpConnectorConfig.of(endpoint).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
        var result = new HttpUpstreamConnector(config).submit(new byte[] {'x'});
        return Optional.of(result)
                .filter(ConnectorResult.Failed.class::isInstance)
                .map(r -> ((ConnectorResult.Failed<?>) r).failure().kind())
                .orElseThrow(() -> new AssertionError("expected a failure, got " + result));
    }
}
