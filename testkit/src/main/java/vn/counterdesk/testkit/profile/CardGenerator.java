package vn.counterdesk.testkit.profile;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.testkit.chip.ActiveAuthenticationKey;
import vn.counterdesk.testkit.chip.CardImage;
import vn.counterdesk.testkit.chip.ChipFile;
import vn.counterdesk.testkit.chip.EcGroup;
import vn.counterdesk.testkit.chip.PaceChip;
import vn.counterdesk.testkit.pki.DeterministicKeys;
import vn.counterdesk.testkit.pki.DocumentSigner;
import vn.counterdesk.testkit.pki.SodBuilder;
import vn.counterdesk.testkit.pki.TestPki;

/**
 * Makes a complete, signed chip from a profile: EF.CardAccess, EF.COM, DG1, DG2, DG3, DG13, DG14,
 * DG15 and an EF.SOD signed by the test PKI, plus the AA and CA private keys. Personalisation
 * faults are applied here; run-time faults travel with the result.
 */
public final class CardGenerator {

    private static final String CURVE = "brainpoolP256r1";

    private CardGenerator() {}

    public static VirtualCard generate(CardProfile profile) throws ProfileException {
        return generate(profile, FaultPlan.NONE);
    }

    /** Faults listed in the profile itself are added to {@code extraFaults}. */
    public static VirtualCard generate(CardProfile profile, FaultPlan extraFaults) throws ProfileException {
        FaultPlan plan = FaultPlan.parse(profile.faults()).plus(extraFaults);
        Td1Mrz mrz = Td1Mrz.of(profile);
        String keyLabel = profile.name() + ":" + profile.idNumber();

        KeyPair caKeys = DeterministicKeys.ec(CURVE, "ca:" + keyLabel);
        KeyPair aaKeys = profile.activeAuthentication() == CardProfile.AaAlgorithm.RSA
                ? DeterministicKeys.rsa(2048, "aa:" + keyLabel)
                : DeterministicKeys.ec(CURVE, "aa:" + keyLabel);
        Optional<org.bouncycastle.asn1.ASN1ObjectIdentifier> aaInfo =
                profile.activeAuthentication() == CardProfile.AaAlgorithm.ECDSA
                        ? Optional.of(DataGroups.ecdsaPlainSha256())
                        : Optional.empty();

        Map<Integer, byte[]> dataGroups = new LinkedHashMap<>();
        dataGroups.put(1, DataGroups.dg1(mrz));
        dataGroups.put(
                2,
                plan.has(CardFault.DG2_IMAGE_BOMB)
                        ? DataGroups.dg2ImageBomb(profile, 30000, 20000)
                        : DataGroups.dg2(profile));
        dataGroups.put(3, DataGroups.dg3());
        dataGroups.put(13, DataGroups.dg13(profile));
        dataGroups.put(14, DataGroups.dg14(caKeys.getPublic(), aaInfo));
        dataGroups.put(15, DataGroups.dg15(aaKeys.getPublic()));

        TestPki pki = TestPki.standard();
        DocumentSigner signer = plan.has(CardFault.DS_CERTIFICATE_EXPIRED)
                ? pki.expiredDocumentSigner()
                : plan.has(CardFault.DS_NOT_ISSUED_BY_CSCA) ? pki.forgedDocumentSigner() : pki.documentSigner();
        PrivateKey signingKey = plan.has(CardFault.SOD_SIGNER_KEY_MISMATCH)
                ? DeterministicKeys.ec(CURVE, "not-the-ds-key").getPrivate()
                : signer.key();
        // Signed at 09:00 Vietnam time on the day of issue.
        Instant signingTime = profile.dateOfIssue().atTime(2, 0).toInstant(ZoneOffset.UTC);
        String hashAlgorithm = plan.has(CardFault.SOD_HASH_ALGORITHM_NOT_ALLOWED) ? "MD5" : "SHA-256";
        byte[] sod = SodBuilder.build(dataGroups, signer, signingKey, signingTime, hashAlgorithm);

        if (plan.has(CardFault.TAMPERED_DATA_GROUP)) {
            dataGroups.put(13, DataGroups.dg13(withResidence(profile, "Số 99, Phường Giả Mạo, Quận F, Hà Nội")));
        }
        if (plan.has(CardFault.OVERSIZED_LENGTH_FIELD)) {
            dataGroups.put(2, DataGroups.withOversizedLength(dataGroups.get(2)));
        }

        Map<ChipFile, byte[]> files = new EnumMap<>(ChipFile.class);
        files.put(ChipFile.CARD_ACCESS, DataGroups.CARD_ACCESS);
        files.put(ChipFile.COM, DataGroups.com());
        files.put(ChipFile.SOD, sod);
        dataGroups.forEach((number, bytes) -> files.put(ChipFile.dataGroup(number), bytes));

        PrivateKey chipAaKey = plan.has(CardFault.AA_KEY_MISMATCH)
                ? (profile.activeAuthentication() == CardProfile.AaAlgorithm.RSA
                                ? DeterministicKeys.rsa(2048, "clone:" + keyLabel)
                                : DeterministicKeys.ec(CURVE, "clone:" + keyLabel))
                        .getPrivate()
                : aaKeys.getPrivate();
        ActiveAuthenticationKey aaKey = chipAaKey instanceof RSAPrivateCrtKey rsa
                ? new ActiveAuthenticationKey.Rsa(rsa)
                : new ActiveAuthenticationKey.Ecdsa(chipAaKey, "SHA256");
        BigInteger caSecret = ((ECPrivateKey) caKeys.getPrivate()).getS();

        CardImage image = new CardImage(
                files,
                new PaceChip.PacePasswords(mrz.bacKeyInformation(), profile.can()),
                Optional.of(aaKey),
                Optional.of(new CardImage.ChipAuthenticationKey(EcGroup.named(CURVE), caSecret, Optional.empty())));
        return new VirtualCard(profile, mrz, image, plan, pki.csca());
    }

    private static CardProfile withResidence(CardProfile p, String residence) {
        return new CardProfile(
                p.name(),
                p.generation(),
                p.idNumber(),
                p.fullName(),
                p.dateOfBirth(),
                p.sex(),
                p.nationality(),
                p.ethnicity(),
                p.religion(),
                p.placeOfOrigin(),
                residence,
                p.identifyingFeatures(),
                p.dateOfIssue(),
                p.dateOfExpiry(),
                p.fatherName(),
                p.motherName(),
                p.spouseName(),
                p.oldIdNumber(),
                p.chipSerial(),
                p.photo(),
                p.activeAuthentication(),
                p.faults());
    }
}
