package vn.counterdesk.card.lds.dg14;

import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The SecurityInfos of DG14 (or EF.CardAccess), grouped by kind. Unknown SecurityInfos are kept
 * as protocol OIDs so nothing the chip announces is silently lost.
 */
public record SecurityInfos(
        List<ChipAuthenticationInfo> chipAuthentication,
        List<ChipAuthenticationPublicKeyInfo> chipAuthenticationPublicKeys,
        Optional<ActiveAuthenticationInfo> activeAuthentication,
        boolean terminalAuthentication,
        List<ASN1ObjectIdentifier> otherProtocols) {

    public SecurityInfos {
        chipAuthentication = List.copyOf(chipAuthentication);
        chipAuthenticationPublicKeys = List.copyOf(chipAuthenticationPublicKeys);
        otherProtocols = List.copyOf(otherProtocols);
    }
}
