package vn.counterdesk.invoice.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

/** A software certificate: key and certificate from a PKCS#12 file protected by a password. */
public final class Pkcs12Signer implements Signer {

    private final SigningCredential credential;

    private Pkcs12Signer(SigningCredential credential) {
        this.credential = credential;
    }

    /**
     * Opens the file and takes the key under {@code alias}, or the only key entry when no alias is given.
     *
     * @throws SigningException file unreadable, wrong password, no key or several keys and no alias
     */
    public static Pkcs12Signer open(Path file, PinSource password, Optional<String> alias) throws SigningException {
        char[] secret = password.pin();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            String chosen = KeyStores.chooseAlias(store, alias);
            PrivateKey key = (PrivateKey) store.getKey(chosen, secret);
            X509Certificate certificate = (X509Certificate) store.getCertificate(chosen);
            return new Pkcs12Signer(new SigningCredential(key, certificate, Optional.empty()));
        } catch (IOException e) {
            if (KeyStores.causedBy(e, UnrecoverableKeyException.class)) {
                throw new SigningException("wrong password for the PKCS#12 file", e);
            }
            throw new SigningException("cannot read the PKCS#12 file: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot use the PKCS#12 file: " + e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public SigningCredential credential() {
        return credential;
    }

    @Override
    public void close() {
        // Nothing held open: the file was read once.
    }
}
