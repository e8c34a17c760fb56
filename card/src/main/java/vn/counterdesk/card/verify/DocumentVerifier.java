package vn.counterdesk.card.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.card.auth.AuthOutcome;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.lds.sod.SecurityObject;
import vn.counterdesk.card.lds.sod.SodParseException;
import vn.counterdesk.card.lds.sod.SodParser;
import vn.counterdesk.card.verify.DataGroupResult.HashStatus;
import vn.counterdesk.card.verify.trust.TrustStore;

/**
 * Verifies what was read from a document: passive authentication of EF.SOD and the data groups,
 * the chain to the trust store, and the chip-side results of Active and Chip Authentication.
 * Every outcome is a value; nothing here throws for a bad document.
 */
public final class DocumentVerifier {

    private static final int DG14 = 14;
    private static final int DG15 = 15;

    private final TrustStore trustStore;
    private final Clock clock;

    public DocumentVerifier(TrustStore trustStore, Clock clock) {
        this.trustStore = trustStore;
        this.clock = clock;
    }

    public Verification verify(LdsFiles files, DocumentFacts facts, AuthenticationResults authentication) {
        Instant now = clock.instant();
        if (files.efSod().isEmpty()) {
            return notVerified(files, authentication);
        }
        SecurityObject sod;
        try {
            sod = SodParser.parse(files.efSod().get());
        } catch (SodParseException e) {
            // A present but unparseable SOD is treated like a bad signature, never as "no SOD":
            // otherwise garbling the SOD would be an attacker's way to a milder verdict.
            return malformedSod(files, authentication);
        }
        Check signature = PassiveAuthentication.sodSignature(sod);
        Check documentSigner = PassiveAuthentication.documentSigner(sod, facts, now);
        Check chain = new ChainValidator(trustStore).validate(sod.documentSigner());
        List<DataGroupResult> dataGroups = PassiveAuthentication.compareHashes(sod, files.dataGroups());
        Check hashes = PassiveAuthentication.dataGroupHashes(
                sod, dataGroups, files.efCom().flatMap(EfComTags::listedDataGroups));
        boolean signed = signature.status() == CheckStatus.PASS;
        Check active = chipProtocol(
                CheckName.ACTIVE_AUTH, authentication.activeAuthentication(), signed && matched(dataGroups, DG15));
        Check chip = chipProtocol(
                CheckName.CHIP_AUTH, authentication.chipAuthentication(), signed && matched(dataGroups, DG14));
        List<Check> checks = List.of(signature, documentSigner, chain, hashes, active, chip);
        return new Verification(VerdictPolicy.decide(checks, isExpired(facts, now)), checks, dataGroups);
    }

    private static boolean matched(List<DataGroupResult> results, int number) {
        return results.stream().anyMatch(r -> r.number() == number && r.status() == HashStatus.MATCH);
    }

    /**
     * A passed protocol counts only when its key (DG14/DG15) is covered by a valid SOD: otherwise
     * the chip merely proved it holds a key someone may have put there.
     */
    private static Check chipProtocol(CheckName name, AuthOutcome outcome, boolean keyCovered) {
        String prefix = name.externalName();
        return switch (outcome) {
            case AuthOutcome.Passed passed
            when keyCovered -> Check.pass(name, messageKey(prefix, passed.detail(), "pass"));
            case AuthOutcome.Passed passed -> Check.skipped(name, prefix + ".key-not-covered");
            case AuthOutcome.Failed failed -> Check.fail(name, messageKey(prefix, failed.reason(), "fail"));
            case AuthOutcome.Skipped skipped -> Check.skipped(name, messageKey(prefix, skipped.reason(), "skipped"));
        };
    }

    /**
     * Outcomes from {@code StandardChipAuthenticator} carry message keys of our bundle; others
     * (e.g. {@link vn.counterdesk.card.auth.ChipAuthenticator#none()}) carry free text, shown under a
     * generic key.
     */
    private static String messageKey(String prefix, String reasonOrKey, String generic) {
        return reasonOrKey.startsWith(prefix + ".") && VerificationMessages.hasKey(reasonOrKey)
                ? reasonOrKey
                : prefix + "." + generic;
    }

    private static boolean isExpired(DocumentFacts facts, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return facts.dateOfExpiry().map(expiry -> expiry.isBefore(today)).orElse(false);
    }

    private static Verification notVerified(LdsFiles files, AuthenticationResults authentication) {
        return withoutSod(Check.skipped(CheckName.SOD_SIGNATURE, "sod-signature.absent"), files, authentication);
    }

    private static Verification malformedSod(LdsFiles files, AuthenticationResults authentication) {
        return withoutSod(Check.fail(CheckName.SOD_SIGNATURE, "sod-signature.malformed"), files, authentication);
    }

    /** No usable SOD: nothing below the SOD can be judged, and no chip protocol counts. */
    private static Verification withoutSod(Check sodCheck, LdsFiles files, AuthenticationResults authentication) {
        List<Check> checks = List.of(
                sodCheck,
                Check.skipped(CheckName.DS_CERTIFICATE, "check.no-sod"),
                Check.skipped(CheckName.CSCA_CHAIN, "check.no-sod"),
                Check.skipped(CheckName.DG_HASHES, "check.no-sod"),
                chipProtocol(CheckName.ACTIVE_AUTH, authentication.activeAuthentication(), false),
                chipProtocol(CheckName.CHIP_AUTH, authentication.chipAuthentication(), false));
        return new Verification(VerdictPolicy.decide(checks, false), checks, uncompared(files.dataGroups()));
    }

    private static List<DataGroupResult> uncompared(Map<Integer, byte[]> dataGroups) {
        return dataGroups.keySet().stream()
                .map(number -> new DataGroupResult(number, HashStatus.NOT_COMPARED))
                .toList();
    }

    /** Convenience for callers holding only a DG1 file. */
    public static DocumentFacts factsFromDg1(Optional<byte[]> dg1) {
        return dg1.map(Dg1Facts::parse).orElseGet(DocumentFacts::unknown);
    }
}
