package vn.counterdesk.invoice.sign;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key with its certificate. {@code provider} is set when the key lives on a token and only that
 * provider can use it (SunPKCS11): the XML signature is then computed by the token.
 */
public record SigningCredential(PrivateKey key, X509Certificate certificate, Optional<Provider> provider) {

    public SigningCredential {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(provider, "provider");
    }

    @Override
    public String toString() {
        return "SigningCredential[key=" + key.getAlgorithm() + ", provider="
                + provider.map(Provider::getName).orElse("default") + "]";
    }
}
