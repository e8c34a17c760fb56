package vn.counterdesk.card.auth;

import java.util.Map;
import vn.counterdesk.card.sm.SecureSession;
import vn.counterdesk.pcsc.CardIoException;

/**
 * Runs Chip Authentication (DG14) and Active Authentication (DG15) on an open session once the
 * data groups are read. Protocol failures are outcomes; only transport failures throw.
 */
public interface ChipAuthenticator {

    /**
     * @param session the open secure session; Chip Authentication switches its keys
     * @param dataGroups raw bytes of every data group read, keyed by data-group number
     */
    AuthenticationResults authenticate(SecureSession session, Map<Integer, byte[]> dataGroups) throws CardIoException;

    /** Skips both protocols, e.g. for a quick read. */
    static ChipAuthenticator none() {
        return (session, dataGroups) -> AuthenticationResults.notRun("not requested");
    }
}
