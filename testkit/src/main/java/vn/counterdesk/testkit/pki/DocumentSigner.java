package vn.counterdesk.testkit.pki;

import java.security.PrivateKey;
import org.bouncycastle.cert.X509CertificateHolder;

/** A document signer: the certificate embedded in EF.SOD and the key that signs it. */
public record DocumentSigner(X509CertificateHolder certificate, PrivateKey key) {

    @Override
    public String toString() {
        return "DocumentSigner[" + certificate.getSubject() + ", key redacted]";
    }
}
