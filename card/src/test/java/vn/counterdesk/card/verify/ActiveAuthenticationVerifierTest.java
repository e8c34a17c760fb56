package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.lds.dg14.ActiveAuthenticationInfo;
import vn.counterdesk.card.lds.dg15.ActiveAuthenticationPublicKey;
import vn.counterdesk.card.verify.aa.ActiveAuthenticationVerifier;
import vn.counterdesk.card.verify.aa.ActiveAuthenticationVerifier.Result;

/**
 * Active Authentication signatures made by BouncyCastle's own ISO 9796-2 and ECDSA signers (an
 * implementation independent of the verifier under test) with freshly generated keys.
 */
class ActiveAuthenticationVerifierTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8};

    static AsymmetricCipherKeyPair rsaKeyPair(int bits) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), RANDOM, bits, 80));
        return generator.generateKeyPair();
    }

    /** What a chip does: M1 = random filling the recoverable capacity, M2 = the terminal's challenge. */
    static byte[] rsaSign(AsymmetricCipherKeyPair pair, boolean sha256, byte[] challenge) throws Exception {
        ISO9796d2Signer signer = sha256
                ? new ISO9796d2Signer(new RSABlindedEngine(), new SHA256Digest(), false)
                : new ISO9796d2Signer(new RSABlindedEngine(), new SHA1Digest(), true);
        signer.init(true, pair.getPrivate());
        int k = (((RSAKeyParameters) pair.getPublic()).getModulus().bitLength() + 7) / 8;
        byte[] m1 = new byte[k - (sha256 ? 32 + 2 : 20 + 1) - 1];
        RANDOM.nextBytes(m1);
        signer.update(m1, 0, m1.length);
        signer.update(challenge, 0, challenge.length);
        return signer.generateSignature();
    }

    private static ActiveAuthenticationPublicKey rsa(AsymmetricCipherKeyPair pair) {
        return new ActiveAuthenticationPublicKey.Rsa((RSAKeyParameters) pair.getPublic());
    }

    @Test
    void rsaWithTrailerBcAndSha1Verifies() throws Exception {
        AsymmetricCipherKeyPair pair = rsaKeyPair(1024);
        byte[] signature = rsaSign(pair, false, CHALLENGE);

        assertThat(ActiveAuthenticationVerifier.verify(rsa(pair), Optional.empty(), CHALLENGE, signature))
                .isEqualTo(new Result.Valid("RSA ISO/IEC 9796-2 SHA-1"));
    }

    @Test
    void rsaWithHashIdentifierTrailerAndSha256Verifies() throws Exception {
        AsymmetricCipherKeyPair pair = rsaKeyPair(2048);
        byte[] signature = rsaSign(pair, true, CHALLENGE);

        assertThat(ActiveAuthenticationVerifier.verify(rsa(pair), Optional.empty(), CHALLENGE, signature))
                .isEqualTo(new Result.Valid("RSA ISO/IEC 9796-2 SHA-256"));
    }

    @Test
    void rsaSignatureOverAnotherChallengeOrByAnotherKeyOrAlteredIsInvalid() throws Exception {
        AsymmetricCipherKeyPair pair = rsaKeyPair(1024);
        byte[] signature = rsaSign(pair, false, CHALLENGE);
        byte[] otherChallenge = CHALLENGE.clone();
        otherChallenge[7] ^= 1;
        byte[] altered = signature.clone();
        altered[40] ^= 1;

        assertThat(ActiveAuthenticationVerifier.verify(rsa(pair), Optional.empty(), otherChallenge, signature))
                .isInstanceOf(Result.Invalid.class);
        assertThat(ActiveAuthenticationVerifier.verify(rsa(rsaKeyPair(1024)), Optional.empty(), CHALLENGE, signature))
                .isInstanceOf(Result.Invalid.class);
        assertThat(ActiveAuthenticationVerifier.verify(rsa(pair), Optional.empty(), CHALLENGE, altered))
                .isInstanceOf(Result.Invalid.class);
        assertThat(ActiveAuthenticationVerifier.verify(rsa(pair), Optional.empty(), CHALLENGE, new byte[0]))
                .isInstanceOf(Result.Invalid.class);
    }

    static AsymmetricCipherKeyPair ecKeyPair() {
        X9ECParameters curve = TeleTrusTNamedCurves.getByName("brainpoolP256r1");
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(
                new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH()), RANDOM));
        return generator.generateKeyPair();
    }

    /** ECDSA-SHA-256 over the challenge, as r‖s (each the order length) or DER. */
    static byte[] ecdsaSign(AsymmetricCipherKeyPair pair, byte[] challenge, boolean der) throws Exception {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, pair.getPrivate());
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(challenge);
        BigInteger[] rs = signer.generateSignature(hash);
        if (der) {
            return new DERSequence(
                            new org.bouncycastle.asn1.ASN1Encodable[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])})
                    .getEncoded();
        }
        byte[] out = new byte[64];
        byte[] r = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, rs[0]);
        byte[] s = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, rs[1]);
        System.arraycopy(r, 0, out, 0, 32);
        System.arraycopy(s, 0, out, 32, 32);
        return out;
    }

    private static final Optional<ActiveAuthenticationInfo> PLAIN_SHA256 =
            Optional.of(new ActiveAuthenticationInfo(1, new ASN1ObjectIdentifier("0.4.0.127.0.7.1.1.4.1.3")));

    private static ActiveAuthenticationPublicKey ec(AsymmetricCipherKeyPair pair) {
        return new ActiveAuthenticationPublicKey.Ec((ECPublicKeyParameters) pair.getPublic());
    }

    @Test
    void ecdsaAcceptsRawAndDerSignaturesWithTheHashFromDg14() throws Exception {
        AsymmetricCipherKeyPair pair = ecKeyPair();

        assertThat(ActiveAuthenticationVerifier.verify(
                        ec(pair), PLAIN_SHA256, CHALLENGE, ecdsaSign(pair, CHALLENGE, false)))
                .isEqualTo(new Result.Valid("ECDSA SHA-256"));
        assertThat(ActiveAuthenticationVerifier.verify(
                        ec(pair), PLAIN_SHA256, CHALLENGE, ecdsaSign(pair, CHALLENGE, true)))
                .isEqualTo(new Result.Valid("ECDSA SHA-256"));
    }

    @Test
    void ecdsaWithTheWrongHashOrKeyOrChallengeIsInvalid() throws Exception {
        AsymmetricCipherKeyPair pair = ecKeyPair();
        byte[] signature = ecdsaSign(pair, CHALLENGE, false);
        Optional<ActiveAuthenticationInfo> sha1 =
                Optional.of(new ActiveAuthenticationInfo(1, new ASN1ObjectIdentifier("0.4.0.127.0.7.1.1.4.1.1")));
        byte[] otherChallenge = Arrays.copyOf(CHALLENGE, 8);
        otherChallenge[0] = 9;

        assertThat(ActiveAuthenticationVerifier.verify(ec(pair), sha1, CHALLENGE, signature))
                .isInstanceOf(Result.Invalid.class);
        assertThat(ActiveAuthenticationVerifier.verify(ec(ecKeyPair()), PLAIN_SHA256, CHALLENGE, signature))
                .isInstanceOf(Result.Invalid.class);
        assertThat(ActiveAuthenticationVerifier.verify(ec(pair), PLAIN_SHA256, otherChallenge, signature))
                .isInstanceOf(Result.Invalid.class);
    }

    @Test
    void ecdsaWithoutActiveAuthenticationInfoCannotBeChecked() throws Exception {
        AsymmetricCipherKeyPair pair = ecKeyPair();

        assertThat(ActiveAuthenticationVerifier.verify(
                        ec(pair), Optional.empty(), CHALLENGE, ecdsaSign(pair, CHALLENGE, false)))
                .isEqualTo(new Result.Unsupported("active-auth.no-aa-info"));
    }
}
