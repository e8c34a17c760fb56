package vn.counterdesk.invoice.sign;

/**
 * Where the seller's key comes from: a PKCS#12 file ({@link Pkcs12Signer}) or a PKCS#11 token
 * ({@link Pkcs11Signer}). Close it when done (a token session is logged out).
 */
public sealed interface Signer extends AutoCloseable permits Pkcs12Signer, Pkcs11Signer {

    SigningCredential credential();

    @Override
    void close();
}
