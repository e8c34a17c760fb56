package vn.counterdesk.invoice.sign;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Choosing the signing entry in a key store, the same way for files and tokens. */
final class KeyStores {

    private KeyStores() {}

    static String chooseAlias(KeyStore store, Optional<String> alias) throws KeyStoreException, SigningException {
        if (alias.isPresent()) {
            String wanted = alias.orElseThrow();
            if (!store.isKeyEntry(wanted) || !(store.getCertificate(wanted) instanceof X509Certificate)) {
                throw new SigningException("no key with a certificate under alias '" + wanted + "'");
            }
            return wanted;
        }
        List<String> keys = new ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a) && store.getCertificate(a) instanceof X509Certificate) {
                keys.add(a);
            }
        }
        if (keys.isEmpty()) {
            throw new SigningException("no key with a certificate found");
        }
        if (keys.size() > 1) {
            throw new SigningException("several keys found (" + keys.size() + "); choose one by alias");
        }
        return keys.getFirst();
    }

    /** Key stores wrap the telling exception (wrong PIN, wrong password) a few levels deep. */
    static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
