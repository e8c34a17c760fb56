package vn.counterdesk.card.verify;

import java.util.List;

/**
 * Precedence of verdicts when several checks fail (docs/verification.md), most serious first:
 * <ol>
 *   <li>NOT_VERIFIED — no EF.SOD at all (nothing else can be judged);
 *   <li>TAMPERED — any FAIL of sod-signature, dg-hashes, csca-chain, or of ds-certificate for a
 *       reason other than plain expiry;
 *   <li>CLONE_SUSPECTED — FAIL of active-auth or chip-auth;
 *   <li>EXPIRED_DOCUMENT — the document (DG1) or its DS certificate has expired;
 *   <li>CHAIN_UNVERIFIED — csca-chain not PASS (the DS issuer is not in the trust store);
 *   <li>GENUINE.
 * </ol>
 */
final class VerdictPolicy {

    private VerdictPolicy() {}

    static Verdict decide(List<Check> checks, boolean documentExpired) {
        if (has(checks, CheckName.SOD_SIGNATURE, CheckStatus.SKIPPED)) {
            return Verdict.NOT_VERIFIED;
        }
        boolean tampered = checks.stream()
                .filter(check -> check.status() == CheckStatus.FAIL)
                .anyMatch(check -> switch (check.name()) {
                    case SOD_SIGNATURE, DG_HASHES, CSCA_CHAIN -> true;
                    case DS_CERTIFICATE -> !check.messageKey().equals(PassiveAuthentication.EXPIRED_KEY);
                    case ACTIVE_AUTH, CHIP_AUTH -> false;
                });
        if (tampered) {
            return Verdict.TAMPERED;
        }
        if (has(checks, CheckName.ACTIVE_AUTH, CheckStatus.FAIL)
                || has(checks, CheckName.CHIP_AUTH, CheckStatus.FAIL)) {
            return Verdict.CLONE_SUSPECTED;
        }
        if (documentExpired || has(checks, CheckName.DS_CERTIFICATE, CheckStatus.FAIL)) {
            return Verdict.EXPIRED_DOCUMENT;
        }
        if (!has(checks, CheckName.CSCA_CHAIN, CheckStatus.PASS)) {
            return Verdict.CHAIN_UNVERIFIED;
        }
        return Verdict.GENUINE;
    }

    private static boolean has(List<Check> checks, CheckName name, CheckStatus status) {
        return checks.stream().anyMatch(check -> check.name() == name && check.status() == status);
    }
}
