package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.auth.AuthOutcome;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.sm.SecureMessagingException;
import vn.counterdesk.card.sm.SecureSession;
import vn.counterdesk.card.sm.SessionKeys;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * The protocol flow of {@link StandardChipAuthenticator} against a scripted chip: the APDUs it
 * sends, and that only a chip holding the DG14 private key passes (the response under the new keys
 * is what proves it).
 */
class StandardChipAuthenticatorTest {

    private static final String CA_3DES = "0.4.0.127.0.7.2.2.3.2.1";
    private static final String CA_AES128 = "0.4.0.127.0.7.2.2.3.2.2";

    /** A chip side written independently: own ECDH and own SHA-1 KDF, no production helpers. */
    private static class ScriptedChip implements SecureSession {
        final AsymmetricCipherKeyPair staticKey;
        final List<CommandApdu> commands = new ArrayList<>();
        byte[] terminalKey;
        boolean switched;
        boolean keysMatch;

        ScriptedChip(AsymmetricCipherKeyPair staticKey) {
            this.staticKey = staticKey;
        }

        @Override
        public ResponseApdu transmit(CommandApdu command) throws SecureMessagingException {
            commands.add(command);
            if (switched) {
                if (!keysMatch) {
                    throw new SecureMessagingException("response MAC does not verify");
                }
                return ResponseApdu.of(0x9000);
            }
            byte[] data = command.data();
            if (command.ins() == 0x22 && command.p2() == 0xA6) { // MSE:Set KAT, 91 <key>
                terminalKey = Arrays.copyOfRange(data, 2, 2 + (data[1] & 0xFF));
            } else if (command.ins() == 0x86) { // GA: 7C L 80 L <key>
                terminalKey = Arrays.copyOfRange(data, 4, 4 + (data[3] & 0xFF));
                return new ResponseApdu(new byte[] {0x7C, 0x00}, 0x9000);
            }
            return ResponseApdu.of(0x9000);
        }

        @Override
        public SmCipher cipher() {
            return SmCipher.AES;
        }

        @Override
        public void switchKeys(SessionKeys keys) {
            ECPublicKeyParameters chipPublic = (ECPublicKeyParameters) staticKey.getPublic();
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(staticKey.getPrivate());
            BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(
                    chipPublic.getParameters().getCurve().decodePoint(terminalKey), chipPublic.getParameters()));
            byte[] secret = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, x);
            byte[] mac = sha1(secret, new byte[] {0, 0, 0, 2});
            keysMatch = Arrays.equals(
                            Arrays.copyOf(mac, 16),
                            keys.cipher() == SmCipher.DESEDE
                                    ? parityOf(keys.macKey(), Arrays.copyOf(mac, 16))
                                    : keys.macKey())
                    && Arrays.equals(keys.initialSsc(), new byte[keys.initialSsc().length]);
            switched = true;
        }

        /** For 3DES compare without the parity bits the KDF sets. */
        private static byte[] parityOf(byte[] derived, byte[] raw) {
            byte[] out = derived.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) ((derived[i] & 0xFE) | (raw[i] & 0x01));
            }
            return out;
        }

        private static byte[] sha1(byte[]... parts) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-1");
                for (byte[] part : parts) {
                    digest.update(part);
                }
                return digest.digest();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public LinkCapabilities capabilities() {
            return LinkCapabilities.shortOnly();
        }

        @Override
        public byte[] atr() {
            return new byte[0];
        }

        @Override
        public void close() {}
    }

    private static byte[] dg14(AsymmetricCipherKeyPair key, String caProtocol) throws Exception {
        ASN1EncodableVector infos = new ASN1EncodableVector();
        infos.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2"),
            SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key.getPublic())
        }));
        infos.add(new DERSequence(
                new org.bouncycastle.asn1.ASN1Encodable[] {new ASN1ObjectIdentifier(caProtocol), new ASN1Integer(1)}));
        return TestPki.wrap(0x6E, new DERSet(infos).getEncoded());
    }

    private static AuthenticationResults run(ScriptedChip chip, byte[] dg14) throws Exception {
        return new StandardChipAuthenticator(new SecureRandom()).authenticate(chip, Map.of(14, dg14));
    }

    @Test
    void aesChipAuthenticationWithTheRightKeyPasses() throws Exception {
        AsymmetricCipherKeyPair key = ActiveAuthenticationVerifierTest.ecKeyPair();
        ScriptedChip chip = new ScriptedChip(key);

        AuthenticationResults results = run(chip, dg14(key, CA_AES128));

        assertThat(results.chipAuthentication()).isEqualTo(new AuthOutcome.Passed("chip-auth.verified"));
        assertThat(chip.commands)
                .extracting(CommandApdu::header)
                .startsWith(new CommandApdu(0, 0x22, 0x41, 0xA4).header(), new CommandApdu(0, 0x86, 0, 0).header());
        // MSE:Set AT carries the protocol OID in tag 80.
        assertThat(java.util.HexFormat.of().formatHex(chip.commands.getFirst().data()))
                .isEqualTo("800a04007f00070202030202");
        assertThat(results.activeAuthentication()).isEqualTo(new AuthOutcome.Skipped("active-auth.no-dg15"));
    }

    @Test
    void desedeChipAuthenticationUsesMseSetKat() throws Exception {
        AsymmetricCipherKeyPair key = ActiveAuthenticationVerifierTest.ecKeyPair();
        ScriptedChip chip = new ScriptedChip(key);

        AuthenticationResults results = run(chip, dg14(key, CA_3DES));

        assertThat(results.chipAuthentication()).isEqualTo(new AuthOutcome.Passed("chip-auth.verified"));
        assertThat(chip.commands.getFirst().header()).isEqualTo(new CommandApdu(0, 0x22, 0x41, 0xA6).header());
        assertThat(chip.commands.getFirst().data()[0]).isEqualTo((byte) 0x91);
    }

    @Test
    void aChipWithoutTheDg14PrivateKeyFailsAndAaIsNotAttemptedOnTheDeadSession() throws Exception {
        AsymmetricCipherKeyPair published = ActiveAuthenticationVerifierTest.ecKeyPair();
        ScriptedChip clone = new ScriptedChip(ActiveAuthenticationVerifierTest.ecKeyPair());

        AuthenticationResults results = new StandardChipAuthenticator(new SecureRandom())
                .authenticate(clone, Map.of(14, dg14(published, CA_AES128), 15, new byte[] {0x6F, 0x00}));

        assertThat(results.chipAuthentication()).isEqualTo(new AuthOutcome.Failed("chip-auth.mac-failed"));
        assertThat(results.activeAuthentication()).isEqualTo(new AuthOutcome.Skipped("active-auth.skipped"));
    }

    @Test
    void aRefusedMseIsAFailureAndMissingDg14IsASkip() throws Exception {
        AsymmetricCipherKeyPair key = ActiveAuthenticationVerifierTest.ecKeyPair();
        ScriptedChip refusing = new ScriptedChip(key) {
            @Override
            public ResponseApdu transmit(CommandApdu command) {
                commands.add(command);
                return ResponseApdu.of(0x6A80);
            }
        };

        assertThat(run(refusing, dg14(key, CA_AES128)).chipAuthentication())
                .isEqualTo(new AuthOutcome.Failed("chip-auth.card-refused"));
        assertThat(new StandardChipAuthenticator(new SecureRandom())
                        .authenticate(new ScriptedChip(key), Map.of())
                        .chipAuthentication())
                .isEqualTo(new AuthOutcome.Skipped("chip-auth.no-dg14"));
    }
}
