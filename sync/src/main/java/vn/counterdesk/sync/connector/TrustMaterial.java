package vn.counterdesk.sync.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Loads PEM/DER certificates (a T-VAN's CA, the tax authority's signing certificate). */
public final class TrustMaterial {

    private TrustMaterial() {}

    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (java.security.cert.CertificateException e) {
            throw new IOException("no readable X.509 certificate in " + file.getFileName(), e);
        }
    }

    /** A TLS context that trusts exactly {@code caCertificates}. */
    public static SSLContext tlsTrusting(List<X509Certificate> caCertificates) throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < caCertificates.size(); i++) {
                store.setCertificateEntry("ca-" + i, caCertificates.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot build trust store", e);
        }
    }
}
