package vn.counterdesk.card.verify;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import vn.counterdesk.card.auth.AuthOutcome;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.auth.ChipAuthenticator;
import vn.counterdesk.card.lds.dg14.ActiveAuthenticationInfo;
import vn.counterdesk.card.lds.dg14.ChipAuthenticationInfo;
import vn.counterdesk.card.lds.dg14.ChipAuthenticationPublicKeyInfo;
import vn.counterdesk.card.lds.dg14.SecurityInfos;
import vn.counterdesk.card.lds.dg14.SecurityInfosParseException;
import vn.counterdesk.card.lds.dg14.SecurityInfosParser;
import vn.counterdesk.card.lds.dg15.ActiveAuthenticationPublicKey;
import vn.counterdesk.card.lds.dg15.Dg15ParseException;
import vn.counterdesk.card.lds.dg15.Dg15Parser;
import vn.counterdesk.card.sm.SecureMessagingException;
import vn.counterdesk.card.sm.SecureSession;
import vn.counterdesk.card.sm.SessionKeys;
import vn.counterdesk.card.tlv.TlvWriter;
import vn.counterdesk.card.verify.aa.ActiveAuthenticationVerifier;
import vn.counterdesk.card.verify.ca.ChipAuthenticationKeys;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ResponseApdu;

/**
 * Chip Authentication (DG14) then Active Authentication (DG15) on an open secure session. Outcome
 * reasons are message keys of {@code vn.counterdesk.card.verify.messages}. Whether a passed
 * protocol counts (its DG covered by the SOD) is decided by {@link DocumentVerifier}.
 */
public final class StandardChipAuthenticator implements ChipAuthenticator {

    private static final System.Logger LOG = System.getLogger(StandardChipAuthenticator.class.getName());
    private static final int CHALLENGE_LENGTH = 8;
    /** SELECT EF.COM: a harmless command whose secured answer proves the chip has the new keys. */
    private static final CommandApdu PROOF_COMMAND = new CommandApdu(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x01, 0x1E});

    private final SecureRandom random;

    public StandardChipAuthenticator(SecureRandom random) {
        this.random = random;
    }

    @Override
    public AuthenticationResults authenticate(SecureSession session, Map<Integer, byte[]> dataGroups)
            throws CardIoException {
        Optional<byte[]> dg14 = Optional.ofNullable(dataGroups.get(14));
        AuthOutcome chip = chipAuthentication(session, dg14);
        AuthOutcome active = chip instanceof AuthOutcome.Failed
                // The session is dead after a failed key switch: AA cannot run on it.
                ? new AuthOutcome.Skipped("active-auth.skipped")
                : activeAuthentication(session, Optional.ofNullable(dataGroups.get(15)), dg14);
        LOG.log(Level.DEBUG, "chip authentication {0}, active authentication {1}", chip, active);
        return new AuthenticationResults(chip, active);
    }

    AuthOutcome chipAuthentication(SecureSession session, Optional<byte[]> dg14) throws CardIoException {
        if (dg14.isEmpty()) {
            return new AuthOutcome.Skipped("chip-auth.no-dg14");
        }
        SecurityInfos infos;
        try {
            infos = SecurityInfosParser.parseDg14(dg14.get());
        } catch (SecurityInfosParseException e) {
            return new AuthOutcome.Skipped("chip-auth.dg14-malformed");
        }
        Optional<ChipAuthenticationInfo> info = infos.chipAuthentication().stream()
                .filter(i -> i.cipher().isPresent())
                .findFirst();
        if (info.isEmpty()) {
            return new AuthOutcome.Skipped("chip-auth.unsupported-protocol");
        }
        Optional<AsymmetricKeyParameter> chipKey = chipKey(infos, info.get());
        if (chipKey.isEmpty()) {
            return new AuthOutcome.Skipped("chip-auth.no-key");
        }
        AsymmetricCipherKeyPair ephemeral = ChipAuthenticationKeys.ephemeralKeyPair(chipKey.get(), random);
        byte[] ephemeralPublic = ChipAuthenticationKeys.encodePublic(ephemeral.getPublic());
        ChipAuthenticationInfo.Cipher cipher = info.get().cipher().orElseThrow();
        boolean accepted = cipher == ChipAuthenticationInfo.Cipher.DESEDE_CBC_CBC
                ? setKeyAgreementTemplate(session, ephemeralPublic, info.get().keyId())
                : setAuthenticationTemplateAndAuthenticate(session, info.get(), ephemeralPublic);
        if (!accepted) {
            return new AuthOutcome.Failed("chip-auth.card-refused");
        }
        byte[] secret = ChipAuthenticationKeys.sharedSecret(ephemeral.getPrivate(), chipKey.get());
        SessionKeys keys = ChipAuthenticationKeys.sessionKeys(secret, cipher);
        Arrays.fill(secret, (byte) 0);
        session.switchKeys(keys);
        keys.destroy();
        try {
            ResponseApdu proof = session.transmit(PROOF_COMMAND);
            return proof.isSuccess()
                    ? new AuthOutcome.Passed("chip-auth.verified")
                    : new AuthOutcome.Failed("chip-auth.mac-failed");
        } catch (SecureMessagingException e) {
            return new AuthOutcome.Failed("chip-auth.mac-failed");
        }
    }

    private static Optional<AsymmetricKeyParameter> chipKey(SecurityInfos infos, ChipAuthenticationInfo info) {
        ASN1ObjectIdentifier wanted = info.keyAgreement() == ChipAuthenticationInfo.KeyAgreement.ECDH
                ? ChipAuthenticationPublicKeyInfo.ID_PK_ECDH
                : ChipAuthenticationPublicKeyInfo.ID_PK_DH;
        return infos.chipAuthenticationPublicKeys().stream()
                .filter(key -> key.protocol().equals(wanted))
                .filter(key -> info.keyId().isEmpty() || key.keyId().equals(info.keyId()))
                .findFirst()
                .flatMap(key -> {
                    try {
                        return Optional.of(PublicKeyFactory.createKey(key.publicKey()));
                    } catch (IOException | RuntimeException e) {
                        return Optional.empty();
                    }
                });
    }

    /** 3DES: MSE:Set KAT with the ephemeral key (tag 91) and key reference (tag 84). */
    private static boolean setKeyAgreementTemplate(
            SecureSession session, byte[] ephemeralPublic, Optional<BigInteger> keyId) throws CardIoException {
        byte[] data = org.bouncycastle.util.Arrays.concatenate(
                TlvWriter.encode(0x91, ephemeralPublic),
                keyId.map(id -> TlvWriter.encode(0x84, unsigned(id))).orElse(new byte[0]));
        return session.transmit(new CommandApdu(0x00, 0x22, 0x41, 0xA6, data)).isSuccess();
    }

    /** AES: MSE:Set AT with the protocol OID (tag 80), then GENERAL AUTHENTICATE with the key (tag 80). */
    private static boolean setAuthenticationTemplateAndAuthenticate(
            SecureSession session, ChipAuthenticationInfo info, byte[] ephemeralPublic) throws CardIoException {
        byte[] oid;
        try {
            byte[] encoded = info.protocol().getEncoded();
            oid = Arrays.copyOfRange(encoded, 2, encoded.length);
        } catch (IOException e) {
            return false;
        }
        byte[] template = org.bouncycastle.util.Arrays.concatenate(
                TlvWriter.encode(0x80, oid),
                info.keyId().map(id -> TlvWriter.encode(0x84, unsigned(id))).orElse(new byte[0]));
        if (!session.transmit(new CommandApdu(0x00, 0x22, 0x41, 0xA4, template)).isSuccess()) {
            return false;
        }
        byte[] dynamic = TlvWriter.encode(0x7C, TlvWriter.encode(0x80, ephemeralPublic));
        return session.transmit(new CommandApdu(0x00, 0x86, 0x00, 0x00, dynamic, CommandApdu.MAX_SHORT_NE))
                .isSuccess();
    }

    AuthOutcome activeAuthentication(SecureSession session, Optional<byte[]> dg15, Optional<byte[]> dg14)
            throws CardIoException {
        if (dg15.isEmpty()) {
            return new AuthOutcome.Skipped("active-auth.no-dg15");
        }
        ActiveAuthenticationPublicKey key;
        try {
            key = Dg15Parser.parse(dg15.get());
        } catch (Dg15ParseException e) {
            return new AuthOutcome.Skipped("active-auth.dg15-malformed");
        }
        Optional<ActiveAuthenticationInfo> info = dg14.flatMap(bytes -> {
            try {
                return SecurityInfosParser.parseDg14(bytes).activeAuthentication();
            } catch (SecurityInfosParseException e) {
                return Optional.empty();
            }
        });
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        ResponseApdu response =
                session.transmit(new CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, CommandApdu.MAX_SHORT_NE));
        if (!response.isSuccess()) {
            return new AuthOutcome.Failed("active-auth.card-refused");
        }
        return switch (ActiveAuthenticationVerifier.verify(key, info, challenge, response.data())) {
            case ActiveAuthenticationVerifier.Result.Valid valid ->
                new AuthOutcome.Passed(
                        key instanceof ActiveAuthenticationPublicKey.Rsa
                                ? "active-auth.rsa-verified"
                                : "active-auth.ecdsa-verified");
            case ActiveAuthenticationVerifier.Result.Invalid invalid ->
                new AuthOutcome.Failed("active-auth.signature-invalid");
            case ActiveAuthenticationVerifier.Result.Unsupported unsupported ->
                new AuthOutcome.Skipped(unsupported.messageKey());
        };
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
