package vn.counterdesk.invoice.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

/**
 * A key on a PKCS#11 token (USB token of a Vietnamese CA, an HSM, SoftHSM2 in tests) through the JDK's SunPKCS11
 * provider. The private key never leaves the token; the PIN is asked once through a {@link PinSource} and zeroed.
 */
public final class Pkcs11Signer implements Signer {

    private static final System.Logger LOG = System.getLogger(Pkcs11Signer.class.getName());
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final SigningCredential credential;
    private final Provider provider;

    private Pkcs11Signer(SigningCredential credential, Provider provider) {
        this.credential = credential;
        this.provider = provider;
    }

    /**
     * Logs in to the token and picks the key.
     *
     * @throws SigningException module missing, token absent, wrong PIN, no key or several keys and no alias
     */
    public static Pkcs11Signer open(Pkcs11Config config, PinSource pin) throws SigningException {
        if (!Files.isRegularFile(config.library())) {
            throw new SigningException("PKCS#11 module not found: " + config.library());
        }
        Provider provider = configure(config);
        // PKCS#11 login is per token, not per session: a login left by another user of the token in this process
        // would let any PIN pass. Log out first so this PIN is really checked.
        logout(provider);
        char[] secret = pin.pin();
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, secret);
            String alias = KeyStores.chooseAlias(store, config.alias());
            PrivateKey key = (PrivateKey) store.getKey(alias, null);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            LOG.log(System.Logger.Level.DEBUG, "token key opened via {0}", provider.getName());
            return new Pkcs11Signer(new SigningCredential(key, certificate, Optional.of(provider)), provider);
        } catch (IOException e) {
            if (KeyStores.causedBy(e, FailedLoginException.class)) {
                throw new SigningException("the token refused the PIN", e);
            }
            throw new SigningException("cannot open the token: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot use the token: " + e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static Provider configure(Pkcs11Config config) throws SigningException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningException("this Java runtime has no SunPKCS11 provider");
        }
        try {
            return base.configure(config.sunPkcs11Config("CounterDesk-" + INSTANCES.incrementAndGet()));
        } catch (ProviderException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new SigningException("cannot load the PKCS#11 module or slot: " + e.getMessage(), e);
        }
    }

    @Override
    public SigningCredential credential() {
        return credential;
    }

    @Override
    public void close() {
        logout(provider);
    }

    private static void logout(Provider provider) {
        if (provider instanceof AuthProvider auth) {
            try {
                auth.logout();
            } catch (LoginException e) {
                LOG.log(System.Logger.Level.WARNING, "token logout failed: {0}", e.getMessage());
            }
        }
    }
}
