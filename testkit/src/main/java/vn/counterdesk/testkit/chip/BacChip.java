package vn.counterdesk.testkit.chip;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;

/**
 * The chip side of Basic Access Control (Doc 9303-11 §4.3, Appendix D): answers GET CHALLENGE and
 * EXTERNAL AUTHENTICATE with keys derived from the MRZ information printed on the card.
 */
public final class BacChip {

    private final byte[] kEnc;
    private final byte[] kMac;
    private final ChipRandom random;
    private Optional<byte[]> challenge = Optional.empty();

    /** @param mrzInformation document number ‖ check digit ‖ DOB ‖ check digit ‖ DOE ‖ check digit */
    public BacChip(String mrzInformation, ChipRandom random) {
        byte[] seed =
                Arrays.copyOf(ChipCrypto.sha1(mrzInformation.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 16);
        this.kEnc = ChipCrypto.deriveKey(seed, ChipCrypto.KDF_ENC, SmFlavour.DESEDE);
        this.kMac = ChipCrypto.deriveKey(seed, ChipCrypto.KDF_MAC, SmFlavour.DESEDE);
        this.random = random;
    }

    /** RND.IC for GET CHALLENGE; remembered for the EXTERNAL AUTHENTICATE that follows. */
    public byte[] challenge() {
        byte[] rndIc = random.bytes(8);
        challenge = Optional.of(rndIc);
        return rndIc.clone();
    }

    /** The outcome of EXTERNAL AUTHENTICATE. */
    public sealed interface Outcome {
        /** E.IC ‖ M.IC for the terminal, and the 3DES session that starts now. */
        record Authenticated(byte[] response, ChipSecureChannel channel) implements Outcome {}

        record Refused(int sw) implements Outcome {}
    }

    public Outcome externalAuthenticate(byte[] data) {
        Optional<byte[]> rndIc = challenge;
        challenge = Optional.empty(); // one attempt per challenge, as on a real chip
        if (rndIc.isEmpty()) {
            return new Outcome.Refused(0x6985);
        }
        if (data.length != 40) {
            return new Outcome.Refused(0x6700);
        }
        byte[] eIfd = Arrays.copyOf(data, 32);
        byte[] mIfd = Arrays.copyOfRange(data, 32, 40);
        if (!MessageDigest.isEqual(ChipCrypto.retailMac(kMac, ChipCrypto.pad(eIfd, 8)), mIfd)) {
            return new Outcome.Refused(0x6300);
        }
        byte[] s = ChipCrypto.desEdeCbc(Cipher.DECRYPT_MODE, kEnc, eIfd);
        byte[] rndIfd = Arrays.copyOfRange(s, 0, 8);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(s, 8, 16), rndIc.get())) {
            return new Outcome.Refused(0x6300);
        }
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] kIc = random.bytes(16);
        byte[] r = ChipCrypto.concat(rndIc.get(), rndIfd, kIc);
        byte[] eIc = ChipCrypto.desEdeCbc(Cipher.ENCRYPT_MODE, kEnc, r);
        byte[] mIc = ChipCrypto.retailMac(kMac, ChipCrypto.pad(eIc, 8));

        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        byte[] ssc = ChipCrypto.concat(Arrays.copyOfRange(rndIc.get(), 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        ChipSecureChannel channel = new ChipSecureChannel(
                SmFlavour.DESEDE,
                ChipCrypto.deriveKey(seed, ChipCrypto.KDF_ENC, SmFlavour.DESEDE),
                ChipCrypto.deriveKey(seed, ChipCrypto.KDF_MAC, SmFlavour.DESEDE),
                ssc);
        return new Outcome.Authenticated(ChipCrypto.concat(eIc, mIc), channel);
    }
}
