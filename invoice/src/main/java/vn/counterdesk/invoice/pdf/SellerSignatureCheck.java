package vn.counterdesk.invoice.pdf;

/**
 * Decides whether the seller signature of a signed invoice verifies. The printout shows "signature
 * valid" only when this answers {@link SignatureStatus#VALID}.
 */
@FunctionalInterface
public interface SellerSignatureCheck {

    /** Checks the signature over the exact signed bytes (never a re-serialised copy). */
    SignatureStatus check(byte[] signedXml);

    /** For callers that cannot verify: every present signature prints as "not verified". */
    static SellerSignatureCheck notVerified() {
        return xml -> SignatureStatus.NOT_VERIFIED;
    }
}
