package vn.counterdesk.sync.verify;

/** The outcome of checking a returned coded invoice (202). Expected failures are values, not exceptions. */
public sealed interface CqtVerification {

    /** The tax authority's signature holds, covers the invoice data and the code, and the data is ours. */
    record Verified(String taxAuthorityCode) implements CqtVerification {}

    record Failed(Failure failure, String detail) implements CqtVerification {}

    enum Failure {
        /** Not parseable, or a required element ({@code MCCQT}, {@code DSCKS/CQT/Signature}) is missing. */
        MALFORMED,
        /** {@code DLHDon} differs from the bytes we sent. */
        DATA_CHANGED,
        /** The signing certificate is not one of the configured tax-authority certificates. */
        UNTRUSTED_SIGNER,
        /**
         * A digest or the signature value does not match, or the signature breaks the profile (a reference,
         * transform or key name outside einvoice.md §5); the detail names the rule.
         */
        SIGNATURE_INVALID,
        /** The signature does not cover both {@code DLHDon} and {@code MCCQT}. */
        INCOMPLETE_COVERAGE
    }

    default boolean verified() {
        return this instanceof Verified;
    }
}
