package vn.counterdesk.sync.tdiep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    private static final String OURS = "0100000000F6CA05C0FAD546FCA237A8E930E7CB49";
    private final AnswerReader answers = new AnswerReader();

    @Test
    void a999WithErrorsListsEveryCodeAndDescription() throws Exception {
        Answer answer = answers.read(message(
                "V0100000000",
                "999",
                "<TBao><MTDiep>" + OURS + "</MTDiep>"
                        + "<MNGui>0100000000</MNGui><NNhan>2026-11-27T10:00:00</NNhan><TTTNhan>1</TTTNhan><DSLDo>"
                        + "<LDo><MLoi>90001</MLoi><MTa>Thông điệp không đúng cấu trúc</MTa></LDo>"
                        + "<LDo><MLoi>90002</MLoi><MTa>Sai MST</MTa></LDo></DSLDo></TBao>"));

        assertThat(answer).isInstanceOfSatisfying(Answer.TechnicalAck.class, ack -> {
            assertThat(ack.accepted()).isFalse();
            assertThat(ack.answers().value()).isEqualTo(OURS);
            assertThat(ack.errors()).extracting(ErrorItem::code).containsExactly("90001", "90002");
            assertThat(ack.errors().getFirst().description()).isEqualTo("Thông điệp không đúng cấu trúc");
        });
    }

    @Test
    void a204RejectionCarriesItsResultTypeAndHowToFix() throws Exception {
        Answer answer = answers.read(message(
                "TCT",
                "204",
                "<TBao><DLTBao><MSo>01/TB-KTDL</MSo><LTBao>1</LTBao><DSLDo>"
                        + "<LDo><MLoi>30001</MLoi><MTLoi>Tổng tiền sai</MTLoi><HDXLy>Tính lại</HDXLy></LDo>"
                        + "</DSLDo></DLTBao></TBao>"));

        assertThat(answer).isInstanceOfSatisfying(Answer.CheckResult.class, check -> {
            assertThat(check.rejects()).isTrue();
            assertThat(check.resultType()).isEqualTo(Answer.CheckResult.NOT_ELIGIBLE);
            assertThat(check.errors().getFirst().howToFix()).contains("Tính lại");
        });
    }

    @Test
    void a202ExposesTheClaimedCodeAndTheVerbatimInvoice() throws Exception {
        String invoice = "<HDon><DLHDon Id=\"d\"><x>1</x></DLHDon><MCCQT Id=\"m\">00474597512BE94B7BAB367996EF464828"
                + "</MCCQT><DSCKS/></HDon>";

        Answer answer = answers.read(message("TCT", "202", invoice));

        assertThat(answer).isInstanceOfSatisfying(Answer.CodedInvoice.class, coded -> {
            assertThat(coded.claimedCode()).isEqualTo("00474597512BE94B7BAB367996EF464828");
            assertThat(new String(coded.invoice(), StandardCharsets.UTF_8)).isEqualTo(invoice);
        });
    }

    @Test
    void a301IsReadAndAnInvoiceMessageIsNotAnAnswer() throws Exception {
        Answer result = answers.read(message("TCT", "301", "<TBao><DLTBao><TTTNCCQT>1</TTTNCCQT></DLTBao></TBao>"));
        assertThat(result)
                .isInstanceOfSatisfying(
                        Answer.ErrorNoticeResult.class,
                        r -> assertThat(r.status()).contains("1"));

        assertThatThrownBy(() -> answers.read(message("0100000000", "200", "<HDon/>")))
                .isInstanceOf(TDiepParseException.class);
        assertThatThrownBy(() -> answers.read(message("TCT", "202", "<HDon><DLHDon/></HDon>")))
                .isInstanceOfSatisfying(
                        TDiepParseException.class,
                        e -> assertThat(e.getMessage()).contains("MCCQT"));
    }

    private static byte[] message(String sender, String type, String data) {
        String id = sender.equals("TCT")
                ? "TCTBDE3DA3CB31844988A039A773AFA84BD"
                : sender + "E70C060922AD4493ABCC0E3445291397";
        return ("<TDiep><TTChung><PBan>2.1.0</PBan><MNGui>" + sender + "</MNGui><MNNhan>0100000000</MNNhan>"
                        + "<MLTDiep>" + type + "</MLTDiep><MTDiep>" + id + "</MTDiep><MTDTChieu>" + OURS
                        + "</MTDTChieu><MST>0100000001</MST><SLuong>1</SLuong></TTChung><DLieu>" + data
                        + "</DLieu></TDiep>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
