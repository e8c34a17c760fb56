package vn.counterdesk.card.verify;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.operator.OperatorCreationException;
import vn.counterdesk.card.lds.sod.SecurityObject;
import vn.counterdesk.card.verify.DataGroupResult.HashStatus;
import vn.counterdesk.card.verify.trust.TrustAnchor;

/** The passive-authentication checks over a parsed EF.SOD (cccd-chip.md §10.2). */
final class PassiveAuthentication {

    private PassiveAuthentication() {}

    /** {@code sod-signature}: content type, message digest, then the signature with the DS key. */
    static Check sodSignature(SecurityObject sod) {
        CheckName name = CheckName.SOD_SIGNATURE;
        if (!SecurityObject.LDS_SECURITY_OBJECT.equals(sod.eContentType())) {
            return Check.fail(name, "sod-signature.wrong-content-type", sod.eContentType());
        }
        SignerInformation signer = sod.signerInfo();
        if (signer.getSignedAttributes() == null) {
            // ICAO 9303-10 requires signed attributes; without them the message digest cannot be bound.
            return Check.fail(name, "sod-signature.no-signed-attributes");
        }
        if (sod.contentTypeAttribute()
                .filter(SecurityObject.LDS_SECURITY_OBJECT::equals)
                .isEmpty()) {
            return Check.fail(
                    name,
                    "sod-signature.wrong-content-type",
                    sod.contentTypeAttribute().map(Object::toString).orElse("-"));
        }
        Optional<Digest> digest = Crypto.digest(signer.getDigestAlgorithmID().getAlgorithm());
        if (digest.isEmpty()) {
            return Check.fail(name, "sod-signature.algorithm-not-allowed", signer.getDigestAlgOID());
        }
        byte[] expected = Crypto.hash(digest.get(), sod.eContent());
        if (sod.messageDigest()
                .filter(actual -> MessageDigest.isEqual(actual, expected))
                .isEmpty()) {
            return Check.fail(name, "sod-signature.digest-mismatch");
        }
        Optional<PublicKey> key = Crypto.publicKey(sod.documentSigner().getSubjectPublicKeyInfo());
        if (key.isEmpty()) {
            return Check.fail(name, "sod-signature.unsupported-key");
        }
        try {
            // Verified with the bare key: validity of the DS certificate is the ds-certificate check.
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Crypto.BC)
                    .build(key.get()));
            return valid
                    ? Check.pass(name, "sod-signature.pass", signatureAlgorithmName(signer))
                    : Check.fail(name, "sod-signature.invalid");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return Check.fail(name, "sod-signature.invalid");
        }
    }

    private static String signatureAlgorithmName(SignerInformation signer) {
        return new org.bouncycastle.operator.DefaultAlgorithmNameFinder()
                .getAlgorithmName(
                        signer.getEncryptionAlgOID() == null
                                ? new org.bouncycastle.asn1.ASN1ObjectIdentifier("0.0")
                                : new org.bouncycastle.asn1.ASN1ObjectIdentifier(signer.getEncryptionAlgOID()));
    }

    /**
     * {@code ds-certificate}: key usage, validity at the signing time (if signed) and now, and the
     * DS country against the issuing state of DG1.
     */
    static Check documentSigner(SecurityObject sod, DocumentFacts facts, Instant now) {
        CheckName name = CheckName.DS_CERTIFICATE;
        X509CertificateHolder ds = sod.documentSigner();
        KeyUsage usage = KeyUsage.fromExtensions(ds.getExtensions());
        if (usage != null && !usage.hasUsages(KeyUsage.digitalSignature)) {
            return Check.fail(name, "ds-certificate.key-usage");
        }
        Optional<String> dsCountry = TrustAnchor.rdn(ds, BCStyle.C);
        if (facts.issuingState().isPresent()) {
            Optional<String> documentCountry =
                    CountryCodes.alpha2(facts.issuingState().get());
            if (dsCountry.isEmpty()
                    || documentCountry.isEmpty()
                    || !documentCountry.get().equalsIgnoreCase(dsCountry.get())) {
                return Check.fail(
                        name,
                        "ds-certificate.country-mismatch",
                        dsCountry.orElse("-"),
                        facts.issuingState().get().replace('<', ' ').strip());
            }
        }
        if (sod.signingTime().isPresent()
                && !ChainValidator.isValidOn(ds, sod.signingTime().get())) {
            return Check.fail(
                    name,
                    "ds-certificate.not-valid-at-signing",
                    sod.signingTime().get());
        }
        if (ds.getNotBefore().toInstant().isAfter(now)) {
            return Check.fail(
                    name, "ds-certificate.not-yet-valid", ds.getNotBefore().toInstant());
        }
        if (ds.getNotAfter().toInstant().isBefore(now)) {
            return Check.fail(name, EXPIRED_KEY, ds.getNotAfter().toInstant());
        }
        return Check.pass(
                name,
                "ds-certificate.pass",
                dsCountry.orElse("-"),
                ds.getNotAfter().toInstant());
    }

    /** The one ds-certificate failure that means "too old" rather than "wrong". */
    static final String EXPIRED_KEY = "ds-certificate.expired";

    /** Per-data-group comparison: every DG read is hashed; unlisted ones are findings. */
    static List<DataGroupResult> compareHashes(SecurityObject sod, SortedMap<Integer, byte[]> dataGroups) {
        List<DataGroupResult> results = new ArrayList<>();
        Optional<Digest> digest = Crypto.digest(sod.hashAlgorithm().getAlgorithm());
        SortedMap<Integer, byte[]> listed = sod.dataGroupHashes();
        dataGroups.forEach((number, bytes) -> {
            HashStatus status;
            if (!listed.containsKey(number)) {
                status = HashStatus.NOT_IN_SOD;
            } else if (digest.isEmpty()) {
                status = HashStatus.NOT_COMPARED;
            } else {
                Digest fresh = Crypto.digest(sod.hashAlgorithm().getAlgorithm()).orElseThrow();
                status = MessageDigest.isEqual(Crypto.hash(fresh, bytes), listed.get(number))
                        ? HashStatus.MATCH
                        : HashStatus.MISMATCH;
            }
            results.add(new DataGroupResult(number, status));
        });
        return results;
    }

    /** {@code dg-hashes}: summary of the per-DG results plus the EF.COM cross-check. */
    static Check dataGroupHashes(SecurityObject sod, List<DataGroupResult> results, Optional<Set<Integer>> comListed) {
        CheckName name = CheckName.DG_HASHES;
        Optional<String> algorithm = Crypto.allowedHashName(sod.hashAlgorithm());
        if (algorithm.isEmpty()) {
            return Check.fail(
                    name, "dg-hashes.algorithm-not-allowed", sod.hashAlgorithm().getAlgorithm());
        }
        List<Integer> mismatched = numbers(results, HashStatus.MISMATCH);
        if (!mismatched.isEmpty()) {
            return Check.fail(name, "dg-hashes.mismatch", join(mismatched));
        }
        List<Integer> unlisted = numbers(results, HashStatus.NOT_IN_SOD);
        if (!unlisted.isEmpty()) {
            return Check.fail(name, "dg-hashes.not-in-sod", join(unlisted));
        }
        if (comListed.isPresent()) {
            Set<Integer> missingFromSod = new TreeSet<>(comListed.get());
            missingFromSod.removeAll(sod.dataGroupHashes().keySet());
            if (!missingFromSod.isEmpty()) {
                return Check.fail(name, "dg-hashes.com-not-in-sod", join(List.copyOf(missingFromSod)));
            }
        }
        if (results.isEmpty()) {
            return Check.skipped(name, "dg-hashes.none-read");
        }
        List<Integer> matched = numbers(results, HashStatus.MATCH);
        // SHA-1 is still what many valid documents carry (BSI 2008 sample, older passports): accepted, flagged.
        String key = algorithm.get().equals("SHA-1") ? "dg-hashes.pass-sha1" : "dg-hashes.pass";
        return Check.pass(name, key, join(matched), algorithm.get());
    }

    private static List<Integer> numbers(List<DataGroupResult> results, HashStatus status) {
        return results.stream()
                .filter(result -> result.status() == status)
                .map(DataGroupResult::number)
                .toList();
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(n -> "DG" + n).toList());
    }
}
