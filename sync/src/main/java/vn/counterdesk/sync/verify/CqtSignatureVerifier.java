package vn.counterdesk.sync.verify;

/**
 * Checks a 202 answer before an invoice may be marked CODED. The engine depends on this seam only;
 * the JSR 105 implementation here is to be replaced by the {@code invoice} module's XML-DSig
 * verifier once that module is merged.
 */
@FunctionalInterface
public interface CqtSignatureVerifier {

    /**
     * @param sentInvoice the {@code HDon} bytes we sent
     * @param returnedInvoice the {@code HDon} bytes from the 202
     */
    CqtVerification verify(byte[] sentInvoice, byte[] returnedInvoice);
}
