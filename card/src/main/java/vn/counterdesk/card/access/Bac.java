package vn.counterdesk.card.access;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import vn.counterdesk.card.Bytes;
import vn.counterdesk.card.sm.SecureMessagingTransport;
import vn.counterdesk.card.sm.SessionKeys;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.card.sm.SmCrypto;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * Basic Access Control (ICAO 9303-11 §4.3, worked example Appendix D): GET CHALLENGE, EXTERNAL
 * AUTHENTICATE, session keys from K.IFD ⊕ K.IC. The caller has selected the eMRTD application.
 */
public final class Bac {

    private static final SmCrypto DES = SmCrypto.DESEDE;

    private Bac() {}

    /**
     * Runs BAC with {@code key}. {@code random} supplies RND.IFD (8 bytes) then K.IFD (16 bytes).
     */
    public static AccessResult open(ApduTransport card, BacKey key, SecureRandom random) throws CardIoException {
        byte[] seed = KeyDerivation.bacSeed(key.mrzInformation());
        byte[] kEnc = KeyDerivation.derive(seed, KeyDerivation.ENC, SmCipher.DESEDE, 16);
        byte[] kMac = KeyDerivation.derive(seed, KeyDerivation.MAC, SmCipher.DESEDE, 16);
        try {
            ResponseApdu challenge = card.transmit(new CommandApdu(0x00, 0x84, 0x00, 0x00, 8));
            if (!challenge.isSuccess() || challenge.data().length != 8) {
                return new AccessResult.Refused(AccessMethod.BAC, challenge.sw(), "GET CHALLENGE");
            }
            byte[] rndIc = challenge.data();
            byte[] rndIfd = new byte[8];
            random.nextBytes(rndIfd);
            byte[] kIfd = new byte[16];
            random.nextBytes(kIfd);

            byte[] eIfd = DES.cbc(true, kEnc, new byte[8], Bytes.concat(rndIfd, rndIc, kIfd));
            byte[] mIfd = DES.mac(kMac, DES.pad(eIfd));
            ResponseApdu answer = card.transmit(new CommandApdu(0x00, 0x82, 0x00, 0x00, Bytes.concat(eIfd, mIfd), 40));
            if (!answer.isSuccess()) {
                return new AccessResult.Refused(AccessMethod.BAC, answer.sw(), "EXTERNAL AUTHENTICATE");
            }
            byte[] body = answer.data();
            if (body.length != 40) {
                return new AccessResult.Failed(
                        AccessMethod.BAC, "EXTERNAL AUTHENTICATE answer has " + body.length + " bytes");
            }
            byte[] eIc = Arrays.copyOf(body, 32);
            byte[] mIc = Arrays.copyOfRange(body, 32, 40);
            if (!MessageDigest.isEqual(DES.mac(kMac, DES.pad(eIc)), mIc)) {
                return new AccessResult.Failed(AccessMethod.BAC, "chip cryptogram MAC does not verify");
            }
            byte[] r = DES.cbc(false, kEnc, new byte[8], eIc);
            if (!MessageDigest.isEqual(Arrays.copyOf(r, 8), rndIc)
                    || !MessageDigest.isEqual(Arrays.copyOfRange(r, 8, 16), rndIfd)) {
                return new AccessResult.Failed(AccessMethod.BAC, "chip did not echo the challenges");
            }
            byte[] kIc = Arrays.copyOfRange(r, 16, 32);
            byte[] sessionSeed = new byte[16];
            for (int i = 0; i < 16; i++) {
                sessionSeed[i] = (byte) (kIfd[i] ^ kIc[i]);
            }
            byte[] ssc = Bytes.concat(Arrays.copyOfRange(rndIc, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
            SessionKeys keys = new SessionKeys(
                    SmCipher.DESEDE,
                    KeyDerivation.derive(sessionSeed, KeyDerivation.ENC, SmCipher.DESEDE, 16),
                    KeyDerivation.derive(sessionSeed, KeyDerivation.MAC, SmCipher.DESEDE, 16),
                    ssc);
            Arrays.fill(kIfd, (byte) 0);
            Arrays.fill(kIc, (byte) 0);
            Arrays.fill(sessionSeed, (byte) 0);
            SecureMessagingTransport session = new SecureMessagingTransport(card, keys);
            keys.destroy();
            return new AccessResult.Opened(session, AccessMethod.BAC);
        } finally {
            Arrays.fill(kEnc, (byte) 0);
            Arrays.fill(kMac, (byte) 0);
            Arrays.fill(seed, (byte) 0);
        }
    }
}
