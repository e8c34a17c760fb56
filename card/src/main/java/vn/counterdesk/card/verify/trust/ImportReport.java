package vn.counterdesk.card.verify.trust;

import java.util.List;
import java.util.Optional;

/**
 * What {@link TrustStore#importFile} did.
 *
 * @param kind what the file was
 * @param certificatesFound certificates in the file
 * @param added certificates newly written to the trust store
 * @param alreadyPresent certificates that were already there
 * @param crlsAdded CRLs newly written
 * @param masterList the master list's signature report, for a master list
 * @param imported false when a master list was refused (signature or signer not verified)
 */
public record ImportReport(
        Kind kind,
        int certificatesFound,
        List<TrustAnchor> added,
        int alreadyPresent,
        int crlsAdded,
        Optional<MasterListSignature> masterList,
        boolean imported) {

    public enum Kind {
        CERTIFICATES,
        MASTER_LIST,
        CRL
    }

    public ImportReport {
        added = List.copyOf(added);
    }
}
