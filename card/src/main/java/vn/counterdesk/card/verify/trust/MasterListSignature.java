package vn.counterdesk.card.verify.trust;

import java.time.Instant;
import java.util.Optional;

/**
 * What the signature of a master list showed.
 *
 * @param signer subject of the master-list signer certificate
 * @param signingTime the signed signing-time attribute, if any
 * @param signatureValid the CMS signature verifies with the embedded signer certificate
 * @param chain how the signer relates to a known root
 * @param root subject of the root the signer chains to, if it does
 */
public record MasterListSignature(
        String signer,
        Optional<Instant> signingTime,
        boolean signatureValid,
        SignerChain chain,
        Optional<String> root) {

    public enum SignerChain {
        /** Issued by a root pinned in CounterDesk (German or Dutch CSCA). */
        PINNED_ROOT,
        /** Issued by a CSCA already in the trust store. */
        TRUST_STORE,
        /** No known root issued the signer. */
        UNKNOWN_ROOT,
        /** A root with the issuer's name exists but the signer's certificate does not verify with it. */
        INVALID
    }

    /** Good enough to import: the list is signed, and the signer is vouched for by a known root. */
    public boolean verified() {
        return signatureValid && (chain == SignerChain.PINNED_ROOT || chain == SignerChain.TRUST_STORE);
    }
}
