package vn.counterdesk.sync.tdiep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.sync.tdiep.TDiepParseException.Reason;
import vn.counterdesk.testkit.upstream.SampleInvoices;

class TDiepReaderTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    private final Envelopes envelopes = new Envelopes(new PartyCode("0100000000"), new PartyCode("V0100000000"));
    private final TDiepReader reader = new TDiepReader();

    @Test
    void message200CarriesTheSignedInvoiceByteForByte() throws Exception {
        byte[] invoice = SampleInvoices.valid(7, DATE);
        TDiep sent = envelopes.codedInvoice("0100000001", invoice);

        TDiep read = reader.read(TDiepWriter.write(sent));

        assertThat(read.payload()).isEqualTo(invoice);
        assertThat(read.header()).isEqualTo(sent.header());
        assertThat(read.header().type()).isEqualTo(MessageType.INVOICE_FOR_CODING);
        assertThat(read.header().count()).isEqualTo(1);
        assertThat(read.header().referencedId()).isEmpty();
    }

    @Test
    void anXmlDeclarationInFrontOfTheInvoiceIsDroppedButNothingElseChanges() throws Exception {
        byte[] invoice = SampleInvoices.valid(8, DATE);
        byte[] declared =
                concat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8), invoice);

        TDiep read = reader.read(TDiepWriter.write(envelopes.codedInvoice("0100000001", declared)));

        assertThat(read.payload()).isEqualTo(invoice);
    }

    @Test
    void message203CountsItsInvoicesAnd206CarriesTheSellerSignatureBlock() throws Exception {
        TDiep uncoded = reader.read(TDiepWriter.write(envelopes.uncodedInvoices(
                "0100000001", List.of(SampleInvoices.valid(1, DATE), SampleInvoices.valid(2, DATE)))));
        byte[] signature = "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>".getBytes(StandardCharsets.UTF_8);
        TDiep cash = reader.read(TDiepWriter.write(
                envelopes.cashRegisterInvoice("0100000001", SampleInvoices.valid(3, DATE), Optional.of(signature))));
        TDiep notice = reader.read(TDiepWriter.write(
                envelopes.errorNotice("0100000001", "<TBao><DLTBao/></TBao>".getBytes(StandardCharsets.UTF_8))));

        assertThat(uncoded.header().type()).isEqualTo(MessageType.UNCODED_INVOICE_DATA);
        assertThat(uncoded.header().count()).isEqualTo(2);
        assertThat(cash.header().type()).isEqualTo(MessageType.CASH_REGISTER_DATA);
        assertThat(cash.sellerSignature()).hasValueSatisfying(s -> assertThat(s).isEqualTo(signature));
        assertThat(notice.header().type()).isEqualTo(MessageType.ERROR_NOTICE);
    }

    @Test
    void refusesADoctypeSoNoExternalEntityIsEverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE TDiep [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<TDiep><TTChung><PBan>&x;</PBan></TTChung><DLieu/></TDiep>";

        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TDiepParseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN));
    }

    @Test
    void refusesMessagesAboveTheSizeLimitBeforeParsing() {
        byte[] huge = new byte[TDiepReader.MAX_MESSAGE_BYTES + 1];

        assertThatThrownBy(() -> reader.read(huge))
                .isInstanceOfSatisfying(
                        TDiepParseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void namesTheMissingOrInvalidHeaderFieldWithATypedError() {
        String noId = header("<PBan>2.1.0</PBan><MNGui>TCT</MNGui><MNNhan>0100000000</MNNhan><MLTDiep>999</MLTDiep>"
                + "<MST>0100000001</MST><SLuong>1</SLuong>");
        String badType = header("<PBan>2.1.0</PBan><MNGui>TCT</MNGui><MNNhan>0100000000</MNNhan><MLTDiep>777</MLTDiep>"
                + "<MTDiep>TCTBDE3DA3CB31844988A039A773AFA84BD</MTDiep><MST>0100000001</MST><SLuong>1</SLuong>");

        assertThatThrownBy(() -> reader.read(noId.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TDiepParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_ELEMENT);
                    assertThat(e.getMessage()).contains("MTDiep");
                });
        assertThatThrownBy(() -> reader.read(badType.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TDiepParseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE));
        assertThatThrownBy(() -> reader.read("<TDiep><TTChung>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TDiepParseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_WELL_FORMED));
    }

    @Test
    void aCommentThatFakesTheEndOfDLieuCannotShiftThePayload() {
        String tricky = header("<PBan>2.1.0</PBan><MNGui>TCT</MNGui><MNNhan>0100000000</MNNhan><MLTDiep>202</MLTDiep>"
                        + "<MTDiep>TCTBDE3DA3CB31844988A039A773AFA84BD</MTDiep><MST>0100000001</MST><SLuong>1</SLuong>")
                .replace("<DLieu/>", "<DLieu><HDon/></DLieu><CKSNNT><!-- </DLieu> --></CKSNNT>");

        assertThatThrownBy(() -> reader.read(tricky.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        TDiepParseException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STRUCTURE));
    }

    @Test
    void garbageNeverEscapesAsAnythingButTheTypedError() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        byte[] valid = TDiepWriter.write(envelopes.codedInvoice("0100000001", SampleInvoices.valid(1, DATE)));
        for (int i = 0; i < 300; i++) {
            byte[] mutated = valid.clone();
            for (int j = 0; j < 5; j++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            byte[] cut = java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length));
            for (byte[] input : List.of(mutated, cut)) {
                try {
                    reader.read(input);
                } catch (TDiepParseException expected) {
                    // the only permitted failure
                }
            }
        }
    }

    private static String header(String fields) {
        return "<TDiep><TTChung>" + fields + "</TTChung><DLieu/></TDiep>";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
