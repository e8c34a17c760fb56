package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.lds.dg14.ChipAuthenticationInfo.Cipher;
import vn.counterdesk.card.sm.SessionKeys;
import vn.counterdesk.card.sm.SmCipher;
import vn.counterdesk.card.verify.ca.ChipAuthenticationKeys;

/**
 * Chip Authentication key agreement and KDF against published values (icao-test-vectors.md): the
 * ECDH of ICAO 9303-11 G.1 (mapping step, plain brainpoolP256r1) and the KDF of G.1 and Appendix D.
 */
class ChipAuthenticationKeysTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static ECDomainParameters brainpoolP256r1() {
        X9ECParameters curve = TeleTrusTNamedCurves.getByName("brainpoolP256r1");
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    }

    @Test
    void ecdhSharedSecretIsTheXCoordinateOfTheSharedPoint() {
        ECDomainParameters domain = brainpoolP256r1();
        ECPrivateKeyParameters terminal = new ECPrivateKeyParameters(
                new BigInteger("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99", 16), domain);
        ECPublicKeyParameters chip = new ECPublicKeyParameters(
                domain.getCurve()
                        .decodePoint(HEX.parseHex("04"
                                + "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                                + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54")),
                domain);

        byte[] secret = ChipAuthenticationKeys.sharedSecret(terminal, chip);

        assertThat(HEX.formatHex(secret)).isEqualTo("60332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5");
    }

    @Test
    void aes128SessionKeysFromTheSharedSecretWithSscZero() {
        byte[] k = HEX.parseHex("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925");

        SessionKeys keys = ChipAuthenticationKeys.sessionKeys(k, Cipher.AES_CBC_CMAC_128);

        assertThat(keys.cipher()).isEqualTo(SmCipher.AES);
        assertThat(HEX.formatHex(keys.encKey())).isEqualTo("F5F0E35C0D7161EE6724EE513A0D9A7F");
        assertThat(HEX.formatHex(keys.macKey())).isEqualTo("FE251C7858B356B24514B3BD5F4297D1");
        assertThat(keys.initialSsc()).isEqualTo(new byte[16]);
    }

    @Test
    void desedeSessionKeysAreParityAdjustedWithAnEightByteZeroSsc() {
        byte[] kseed = HEX.parseHex("239AB9CB282DAF66231DC5A4DF6BFBAE");

        SessionKeys keys = ChipAuthenticationKeys.sessionKeys(kseed, Cipher.DESEDE_CBC_CBC);

        assertThat(keys.cipher()).isEqualTo(SmCipher.DESEDE);
        assertThat(HEX.formatHex(keys.encKey())).isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(HEX.formatHex(keys.macKey())).isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
        assertThat(keys.initialSsc()).isEqualTo(new byte[8]);
    }

    @Test
    void aes256UsesSha256() throws Exception {
        byte[] k = HEX.parseHex("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925");
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest(HEX.parseHex("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925" + "00000001"));

        assertThat(ChipAuthenticationKeys.kdf(k, 1, Cipher.AES_CBC_CMAC_256)).isEqualTo(expected);
    }
}
