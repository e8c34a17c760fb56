package vn.counterdesk.card.lds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import vn.counterdesk.card.lds.dg14.ActiveAuthenticationInfo;
import vn.counterdesk.card.lds.dg14.ChipAuthenticationInfo;
import vn.counterdesk.card.lds.dg14.ChipAuthenticationPublicKeyInfo;
import vn.counterdesk.card.lds.dg14.SecurityInfos;
import vn.counterdesk.card.lds.dg14.SecurityInfosParseException;
import vn.counterdesk.card.lds.dg14.SecurityInfosParser;
import vn.counterdesk.card.lds.dg15.ActiveAuthenticationPublicKey;
import vn.counterdesk.card.lds.dg15.Dg15ParseException;
import vn.counterdesk.card.lds.dg15.Dg15Parser;
import vn.counterdesk.card.lds.sod.SecurityObject;
import vn.counterdesk.card.lds.sod.SodParseException;
import vn.counterdesk.card.lds.sod.SodParser;

class SodParserTest {

    private static byte[] bsi(String name) throws IOException {
        try (InputStream in = SodParserTest.class.getResourceAsStream("/lds/bsi2008/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Test
    void bsiSodListsTheDocumentedSha1HashesAndEmbedsTheDsCertificate() throws Exception {
        SecurityObject sod = SodParser.parse(bsi("EF_SOD.bin"));

        assertThat(sod.hashAlgorithm().getAlgorithm().getId()).isEqualTo("1.3.14.3.2.26");
        assertThat(sod.dataGroupHashesHex())
                .containsExactly(
                        java.util.Map.entry(1, "FB1BC1921F4DC07947408A7CDD5CC0C928353809"),
                        java.util.Map.entry(2, "0F34E1E194035A036AC87B134E0AE41BCFD0C991"),
                        java.util.Map.entry(3, "5D14A5FB5261932CFF2BB3CB2235CCC8561CAFA6"),
                        java.util.Map.entry(14, "0C023A95B0D3C7F70C4B05E21F57AF03992B3EE4"));
        assertThat(sod.eContentType()).isEqualTo(SecurityObject.LDS_SECURITY_OBJECT);
        assertThat(hex(sod.messageDigest().orElseThrow())).isEqualTo("111CB0211C65B480C369EE7059636C4C1D93B573");
        assertThat(sod.contentTypeAttribute()).contains(SecurityObject.LDS_SECURITY_OBJECT);
        assertThat(sod.documentSigner().getSerialNumber().intValue()).isEqualTo(0x1267);
        assertThat(sod.documentSigner()
                        .getSubject()
                        .getRDNs(BCStyle.CN)[0]
                        .getFirst()
                        .getValue()
                        .toString())
                .isEqualTo("DS");
        assertThat(sod.documentSigner().getIssuer().toString()).isEqualTo("CN=CSCA BDR TEST 19.09.07");
        assertThat(sod.documentSigner().getNotAfter().toInstant()).isEqualTo(Instant.parse("2009-01-27T23:00:00Z"));
        assertThat(sod.signerInfo().getEncryptionAlgOID()).isEqualTo("1.2.840.10045.4.1");
    }

    @Test
    void truncatedOrGarbledSodGivesTheTypedErrorOnly() throws Exception {
        byte[] sod = bsi("EF_SOD.bin");
        for (int length : new int[] {0, 1, 2, 4, 100, sod.length - 1}) {
            byte[] cut = Arrays.copyOf(sod, length);
            assertThatThrownBy(() -> SodParser.parse(cut)).isInstanceOf(SodParseException.class);
        }
        byte[] garbled = sod.clone();
        for (int i = 4; i < 60; i++) {
            garbled[i] ^= 0x5A;
        }
        assertThatThrownBy(() -> SodParser.parse(garbled)).isInstanceOf(SodParseException.class);
        byte[] wrongTag = sod.clone();
        wrongTag[0] = 0x60;
        assertThatThrownBy(() -> SodParser.parse(wrongTag))
                .isInstanceOf(SodParseException.class)
                .hasMessageContaining("tag 77");
    }

    @Test
    void everySingleByteCorruptionOfTheSodHeaderIsEitherParsedOrATypedError() throws Exception {
        byte[] sod = bsi("EF_SOD.bin");
        for (int i = 0; i < 200; i++) {
            byte[] corrupted = sod.clone();
            corrupted[i] = (byte) ~corrupted[i];
            try {
                SodParser.parse(corrupted);
            } catch (SodParseException expected) {
                // typed error is the only allowed failure
            }
        }
    }

    @Test
    void bsiDg14HoldsAnEcdhKeyWithExplicitParametersCaInfoAndTa() throws Exception {
        SecurityInfos infos = SecurityInfosParser.parseDg14(bsi("DG14.bin"));

        assertThat(infos.chipAuthenticationPublicKeys()).hasSize(1);
        ChipAuthenticationPublicKeyInfo key =
                infos.chipAuthenticationPublicKeys().getFirst();
        assertThat(key.protocol()).isEqualTo(ChipAuthenticationPublicKeyInfo.ID_PK_ECDH);
        assertThat(key.publicKey().getAlgorithm().getParameters().toASN1Primitive())
                .as("explicit parameters: a SEQUENCE, not a named-curve OID")
                .isInstanceOf(org.bouncycastle.asn1.ASN1Sequence.class);
        assertThat(infos.chipAuthentication()).hasSize(1);
        ChipAuthenticationInfo ca = infos.chipAuthentication().getFirst();
        assertThat(ca.protocol().getId()).isEqualTo("0.4.0.127.0.7.2.2.3.2.1");
        assertThat(ca.version()).isEqualTo(1);
        assertThat(ca.cipher()).contains(ChipAuthenticationInfo.Cipher.DESEDE_CBC_CBC);
        assertThat(ca.keyAgreement()).isEqualTo(ChipAuthenticationInfo.KeyAgreement.ECDH);
        assertThat(infos.terminalAuthentication()).isTrue();
        assertThat(infos.activeAuthentication()).isEmpty();
    }

    @Test
    void activeAuthenticationInfoCarriesTheEcdsaAlgorithm() throws Exception {
        byte[] set = new org.bouncycastle.asn1.DERSet(
                        new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                            ActiveAuthenticationInfo.ID_AA,
                            new org.bouncycastle.asn1.ASN1Integer(1),
                            new org.bouncycastle.asn1.ASN1ObjectIdentifier("0.4.0.127.0.7.1.1.4.1.3")
                        }))
                .getEncoded();

        SecurityInfos infos = SecurityInfosParser.parseSet(set);

        assertThat(infos.activeAuthentication())
                .map(ActiveAuthenticationInfo::signatureAlgorithm)
                .map(Object::toString)
                .contains("0.4.0.127.0.7.1.1.4.1.3");
    }

    @Test
    void bsiDg15IsA1024BitRsaKey() throws Exception {
        ActiveAuthenticationPublicKey key = Dg15Parser.parse(bsi("DG15.bin"));

        assertThat(key)
                .isInstanceOfSatisfying(
                        ActiveAuthenticationPublicKey.Rsa.class,
                        rsa -> assertThat(rsa.key().getModulus().bitLength()).isEqualTo(1024));
    }

    @Test
    void malformedDg14AndDg15GiveTypedErrors() throws Exception {
        byte[] dg14 = bsi("DG14.bin");
        byte[] dg15 = bsi("DG15.bin");
        for (int length : new int[] {0, 1, 3, 40}) {
            assertThatThrownBy(() -> SecurityInfosParser.parseDg14(Arrays.copyOf(dg14, length)))
                    .isInstanceOf(SecurityInfosParseException.class);
            assertThatThrownBy(() -> Dg15Parser.parse(Arrays.copyOf(dg15, length)))
                    .isInstanceOf(Dg15ParseException.class);
        }
    }
}
