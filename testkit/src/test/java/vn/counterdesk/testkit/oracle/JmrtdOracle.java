package vn.counterdesk.testkit.oracle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PublicKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import org.jmrtd.BACKey;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.protocol.AAResult;
import vn.counterdesk.testkit.chip.ChipFile;

/**
 * The independent terminal: JMRTD 0.8.6 opens the card with PACE-CAN or BAC, reads every file,
 * probes the refused and absent ones, runs Chip Authentication and then Active Authentication
 * under the new keys. Used only in tests.
 */
final class JmrtdOracle {

    /** How to open the chip. */
    sealed interface Access {
        record Can(String can) implements Access {}

        record Bac(String documentNumber, String dateOfBirth, String dateOfExpiry) implements Access {}
    }

    /** What JMRTD read, byte for byte, and the evidence of each protocol step. */
    record Read(
            Map<ChipFile, byte[]> files,
            int dg3StatusWord,
            int dg11StatusWord,
            int dg12StatusWord,
            byte[] dg1AfterChipAuthentication,
            byte[] aaChallenge,
            byte[] aaResponse,
            PublicKey aaKey) {}

    private static final ChipFile[] READABLE = {
        ChipFile.COM, ChipFile.SOD, ChipFile.DG1, ChipFile.DG2, ChipFile.DG13, ChipFile.DG14, ChipFile.DG15
    };

    private JmrtdOracle() {}

    static PassportService open(CardService service, Access access) throws Exception {
        return open(new RecordingCardService(service), access);
    }

    private static PassportService open(RecordingCardService service, Access access) throws Exception {
        PassportService passport = new PassportService(
                service,
                PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                PassportService.DEFAULT_MAX_BLOCKSIZE,
                false,
                true);
        passport.open();
        switch (access) {
            case Access.Can can -> {
                CardAccessFile cardAccess =
                        new CardAccessFile(new ByteArrayInputStream(read(passport, PassportService.EF_CARD_ACCESS)));
                PACEInfo pace = cardAccess.getSecurityInfos().stream()
                        .filter(PACEInfo.class::isInstance)
                        .map(PACEInfo.class::cast)
                        .findFirst()
                        .orElseThrow();
                passport.doPACE(
                        PACEKeySpec.createCANKey(can.can()),
                        pace.getObjectIdentifier(),
                        PACEInfo.toParameterSpec(pace.getParameterId()),
                        pace.getParameterId());
                passport.sendSelectApplet(true);
            }
            case Access.Bac bac -> {
                passport.sendSelectApplet(false);
                passport.doBAC(new BACKey(bac.documentNumber(), bac.dateOfBirth(), bac.dateOfExpiry()));
            }
        }
        return passport;
    }

    static Read readEverything(CardService service, Access access) throws Exception {
        RecordingCardService wire = new RecordingCardService(service);
        PassportService passport = open(wire, access);
        Map<ChipFile, byte[]> files = new EnumMap<>(ChipFile.class);
        for (ChipFile file : READABLE) {
            files.put(file, read(passport, (short) file.fid()));
        }
        int dg3 = statusWordOfRead(passport, wire, ChipFile.DG3);
        int dg11 = statusWordOfRead(passport, wire, ChipFile.DG11);
        int dg12 = statusWordOfRead(passport, wire, ChipFile.DG12);

        DG14File dg14 = new DG14File(new ByteArrayInputStream(files.get(ChipFile.DG14)));
        ChipAuthenticationPublicKeyInfo caKey =
                dg14.getChipAuthenticationPublicKeyInfos().getFirst();
        ChipAuthenticationInfo caInfo = dg14.getChipAuthenticationInfos().getFirst();
        passport.doEACCA(
                caKey.getKeyId(),
                caInfo.getObjectIdentifier(),
                caKey.getObjectIdentifier(),
                caKey.getSubjectPublicKey());
        // Only the new session keys can read now: the proof that both sides switched.
        byte[] dg1AfterCa = read(passport, PassportService.EF_DG1);

        PublicKey aaKey = new DG15File(new ByteArrayInputStream(files.get(ChipFile.DG15))).getPublicKey();
        byte[] challenge = new byte[8];
        new java.security.SecureRandom().nextBytes(challenge);
        boolean rsa = aaKey.getAlgorithm().startsWith("RSA");
        AAResult aa = passport.doAA(
                aaKey, rsa ? "SHA-1" : "SHA-256", rsa ? "SHA1WithRSA/ISO9796-2" : "SHA256withECDSA", challenge);
        passport.close();
        return new Read(files, dg3, dg11, dg12, dg1AfterCa, challenge, aa.getResponse(), aaKey);
    }

    static byte[] read(PassportService passport, short fid) throws CardServiceException, IOException {
        try (InputStream in = passport.getInputStream(fid)) {
            return in.readAllBytes();
        }
    }

    /** The SW with which the chip refuses a file, or 0x9000 if it could be read. */
    static int statusWordOfRead(PassportService passport, RecordingCardService wire, ChipFile file) throws IOException {
        try {
            read(passport, (short) file.fid());
            return 0x9000;
        } catch (CardServiceException e) {
            return e.getSW() != -1 ? e.getSW() : wire.lastStatusWord();
        }
    }

    static Optional<Integer> statusWordOf(ThrowingRunnable action) throws Exception {
        try {
            action.run();
            return Optional.empty();
        } catch (CardServiceException e) {
            return Optional.of(e.getSW());
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
