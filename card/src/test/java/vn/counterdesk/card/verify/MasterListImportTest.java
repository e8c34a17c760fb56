package vn.counterdesk.card.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.card.verify.trust.ImportReport;
import vn.counterdesk.card.verify.trust.MasterListSignature;
import vn.counterdesk.card.verify.trust.TrustAnchor;
import vn.counterdesk.card.verify.trust.TrustStore;

class MasterListImportTest {

    private static final String VN_CSCA_SHA256 = "6b5fa6fe45cc4e855a73760413e08b7a9ac50a27722c702f3909a90facc991bd";

    @TempDir
    Path dataDir;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = MasterListImportTest.class.getResourceAsStream("/csca/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void germanMasterListVerifiesAgainstItsRootAndCarriesTheVietnameseCsca() throws Exception {
        TrustStore store = TrustStore.open(dataDir.resolve("trust"));

        ImportReport report = store.importBytes(resource("DE_masterlist_2026-05-28.ml"), false);

        MasterListSignature signature = report.masterList().orElseThrow();
        assertThat(signature.signatureValid()).isTrue();
        assertThat(signature.chain()).isEqualTo(MasterListSignature.SignerChain.PINNED_ROOT);
        assertThat(signature.signer()).contains("CN=CSCA Master List Signer", "C=DE");
        assertThat(signature.root()).hasValueSatisfying(root -> assertThat(root).contains("CN=csca-germany"));
        assertThat(signature.signingTime()).contains(Instant.parse("2026-05-28T06:28:45Z"));
        assertThat(report.imported()).isTrue();
        assertThat(report.certificatesFound()).isEqualTo(588);
        // The built-in VN CSCA is the same certificate: already present, not added twice.
        assertThat(report.alreadyPresent()).isGreaterThanOrEqualTo(1);
        assertThat(store.anchors())
                .filteredOn(a -> a.country().orElse("").equals("VN"))
                .extracting(TrustAnchor::sha256)
                .containsExactly(VN_CSCA_SHA256);
        assertThat(store.anchors().stream()
                        .map(a -> a.country().orElse("?"))
                        .distinct()
                        .count())
                .isEqualTo(116);

        TrustStore reopened = TrustStore.open(dataDir.resolve("trust"));
        assertThat(reopened.anchors()).hasSameSizeAs(store.anchors());
    }

    @Test
    void dutchMasterListVerifiesAgainstItsRootAndCarriesTheVietnameseCsca() throws Exception {
        TrustStore store = TrustStore.of(java.util.List.of());

        ImportReport report = store.importBytes(resource("NL_masterlist_2026-07-22.ml"), false);

        assertThat(report.masterList().orElseThrow().verified()).isTrue();
        assertThat(report.masterList().orElseThrow().root())
                .hasValueSatisfying(r -> assertThat(r).contains("CSCA NL"));
        assertThat(report.certificatesFound()).isEqualTo(411);
        assertThat(store.anchors())
                .filteredOn(a -> a.country().orElse("").equals("VN"))
                .extracting(TrustAnchor::sha256)
                .containsExactly(VN_CSCA_SHA256);
    }

    @Test
    void aMasterListWithABrokenSignatureIsRefusedAndNothingIsImported() throws Exception {
        byte[] list = resource("NL_masterlist_2026-07-22.ml");
        // Flip a byte inside the certificate list (the signed content), far from the ASN.1 headers.
        list[list.length / 2] ^= 0x01;
        TrustStore store = TrustStore.open(dataDir.resolve("trust"));
        int before = store.anchors().size();

        ImportReport report = store.importBytes(list, false);

        assertThat(report.imported()).isFalse();
        assertThat(report.masterList().orElseThrow().signatureValid()).isFalse();
        assertThat(store.anchors()).hasSize(before);
        assertThat(TrustStore.open(dataDir.resolve("trust")).anchors()).hasSize(before);
    }

    @Test
    void theVietnameseCscaShipsBuiltInAndCannotBeRemoved() throws Exception {
        TrustStore store = TrustStore.open(dataDir.resolve("trust"));

        assertThat(store.anchors()).singleElement().satisfies(anchor -> {
            assertThat(anchor.sha256()).isEqualTo(VN_CSCA_SHA256);
            assertThat(anchor.builtIn()).isTrue();
            assertThat(anchor.subject()).contains("CN=CSCA ePassport Vietnam");
            assertThat(anchor.notAfter()).isEqualTo(Instant.parse("2037-10-01T01:37:06Z"));
        });
        assertThat(store.remove(VN_CSCA_SHA256.substring(0, 12))).isEqualTo(TrustStore.Removal.BUILT_IN);
    }

    @Test
    void importedPemCertificatePersistsAndCanBeRemoved() throws Exception {
        Path trust = dataDir.resolve("trust");
        TrustStore store = TrustStore.open(trust);
        byte[] pem;
        try (InputStream in = TrustStore.class.getResourceAsStream(
                "/vn/counterdesk/card/verify/masterlist-roots/NL_root_CSCA-NL.pem")) {
            pem = in.readAllBytes();
        }

        ImportReport report = store.importBytes(pem, false);

        assertThat(report.added())
                .singleElement()
                .satisfies(anchor -> assertThat(anchor.sha256())
                        .isEqualTo("411356d206b99da15efadf4b84149f8600ee6260c6727cd6bc230d6b6e151a24"));
        // A crash mid-write leaves a temporary file: it must not break or pollute the next open.
        Files.write(trust.resolve("csca").resolve("deadbeef.der.tmp-123"), new byte[] {0x30, 0x03});
        TrustStore reopened = TrustStore.open(trust);
        assertThat(reopened.anchors()).hasSize(2);
        assertThat(trust.resolve("csca").resolve("deadbeef.der.tmp-123")).doesNotExist();

        assertThat(reopened.remove("411356d2")).isEqualTo(TrustStore.Removal.REMOVED);
        assertThat(TrustStore.open(trust).anchors()).hasSize(1);
    }

    @Test
    void garbageIsATypedError() {
        TrustStore store = TrustStore.of(java.util.List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.importBytes(new byte[] {1, 2, 3}, false))
                .isInstanceOf(vn.counterdesk.card.verify.trust.TrustStoreException.class);
    }
}
