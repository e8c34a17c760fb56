package vn.counterdesk.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.counterdesk.sync.tdiep.Answer;
import vn.counterdesk.sync.tdiep.AnswerReader;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.sync.tdiep.TDiep;
import vn.counterdesk.sync.tdiep.TDiepWriter;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * The data messages outside the coded-invoice flow (einvoice.md §9.2–§9.4) sent with the HTTP connector to the
 * simulator on loopback: 203 and 206 are acknowledged (999) and then checked (204), 300 is acknowledged and then
 * answered by 301. What the simulator refuses, it refuses with its error codes.
 */
class DataMessagesOnLoopbackTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    private static final String SELLER = SampleInvoices.SELLER_TAX_CODE;
    /** Presence is what the simulator checks; the signature over DLieu is the seller's signing module's job. */
    private static final byte[] SIGNATURE =
            "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>".getBytes(StandardCharsets.UTF_8);

    private final Envelopes envelopes =
            new Envelopes(new PartyCode(SampleInvoices.PROVIDER_TAX_CODE), new PartyCode("V0100000000"));
    private final AnswerReader reader = new AnswerReader();
    private UpstreamSimulator sim;
    private HttpUpstreamConnector connector;

    @BeforeEach
    void start() throws Exception {
        sim = UpstreamSimulator.start(0, TestTaxAuthority.shared(), FaultPlan.none());
        connector = new HttpUpstreamConnector(
                HttpConnectorConfig.of(sim.endpoint()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void validUncodedInvoicesAreReceivedAndCheckedAsAValidPackage() throws Exception {
        TDiep message = envelopes.uncodedInvoices(
                SELLER, List.of(SampleInvoices.valid(1, DATE), SampleInvoices.valid(2, DATE)));

        assertThat(send(message).accepted()).isTrue();
        Answer.CheckResult check = (Answer.CheckResult) answerTo(message);
        assertThat(check.resultType()).isEqualTo(Answer.CheckResult.VALID);
        assertThat(check.errors()).isEmpty();
    }

    @Test
    void anUncodedInvoiceWithAWrongTotalMakesThePackageInvalid() throws Exception {
        TDiep message = envelopes.uncodedInvoices(
                SELLER, List.of(SampleInvoices.valid(1, DATE), SampleInvoices.withWrongTotal(2, DATE)));

        assertThat(send(message).accepted()).isTrue();
        Answer.CheckResult check = (Answer.CheckResult) answerTo(message);
        assertThat(check.resultType()).isEqualTo(3);
        assertThat(codes(check.errors())).containsExactly("30001");
    }

    @Test
    void aCashRegisterInvoiceWithItsSellerSignatureAndLocalCodeIsValid() throws Exception {
        TDiep message =
                envelopes.cashRegisterInvoice(SELLER, cashRegisterInvoice("M1-26-A1B2C-00000000007"), signature());

        assertThat(send(message).accepted()).isTrue();
        Answer.CheckResult check = (Answer.CheckResult) answerTo(message);
        assertThat(check.resultType()).isEqualTo(Answer.CheckResult.VALID);
    }

    @Test
    void aCashRegisterCodeOfAnotherYearFailsThePreliminaryCheck() throws Exception {
        TDiep message =
                envelopes.cashRegisterInvoice(SELLER, cashRegisterInvoice("M1-25-A1B2C-00000000007"), signature());

        assertThat(send(message).accepted()).isTrue();
        Answer.CheckResult check = (Answer.CheckResult) answerTo(message);
        assertThat(check.resultType()).isEqualTo(7);
        assertThat(codes(check.errors())).containsExactly("20005");
    }

    @Test
    void aCashRegisterInvoiceWithoutTheSellerSignatureIsRefusedInTheAcknowledgement() throws Exception {
        TDiep message =
                envelopes.cashRegisterInvoice(SELLER, cashRegisterInvoice("M1-26-A1B2C-00000000007"), Optional.empty());

        Answer.TechnicalAck ack = send(message);

        assertThat(ack.accepted()).isFalse();
        assertThat(codes(ack.errors())).containsExactly("20006");
        assertThat(answersTo(message)).isEmpty();
    }

    @Test
    void anAdjustmentNoticeIsAccepted() throws Exception {
        TDiep message = envelopes.errorNotice(SELLER, notice("2", SELLER));

        assertThat(send(message).accepted()).isTrue();
        Answer.ErrorNoticeResult result = (Answer.ErrorNoticeResult) answerTo(message);
        assertThat(result.status()).contains("1");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aCancellationNoticeIsNotAcceptedSinceJune2025() throws Exception {
        TDiep message = envelopes.errorNotice(SELLER, notice("1", SELLER));

        assertThat(send(message).accepted()).isTrue();
        Answer.ErrorNoticeResult result = (Answer.ErrorNoticeResult) answerTo(message);
        assertThat(result.status()).contains("2");
        assertThat(codes(result.errors())).containsExactly("50002");
    }

    @Test
    void aNoticeAboutAnotherTaxpayerIsNotAccepted() throws Exception {
        TDiep message = envelopes.errorNotice(SELLER, notice("2", "0100000002"));

        assertThat(send(message).accepted()).isTrue();
        assertThat(codes(((Answer.ErrorNoticeResult) answerTo(message)).errors()))
                .containsExactly("20003");
    }

    private Answer.TechnicalAck send(TDiep message) {
        var result = connector.submit(TDiepWriter.write(message));
        assertThat(result).isInstanceOf(ConnectorResult.Ok.class);
        return ((ConnectorResult.Ok<Answer.TechnicalAck>) result).value();
    }

    /** The one 204/301 published for {@code message} (the simulator publishes it before the 999 returns). */
    private Answer answerTo(TDiep message) throws Exception {
        List<Answer> answers = answersTo(message);
        assertThat(answers).hasSize(1);
        return answers.getFirst();
    }

    private List<Answer> answersTo(TDiep message) throws Exception {
        var page = connector.fetchAnswers("", 1000);
        assertThat(page).isInstanceOf(ConnectorResult.Ok.class);
        List<Answer> found = new ArrayList<>();
        for (TDiep received : ((ConnectorResult.Ok<AnswerPage>) page).value().messages()) {
            Answer answer = reader.interpret(received);
            if (answer.answers().equals(message.header().id())) {
                found.add(answer);
            }
        }
        return found;
    }

    private static List<String> codes(List<ErrorItem> errors) {
        return errors.stream().map(ErrorItem::code).toList();
    }

    private static Optional<byte[]> signature() {
        return Optional.of(SIGNATURE);
    }

    /** A sample invoice under a cash-register symbol (letter M) carrying the code the seller generated. */
    private static byte[] cashRegisterInvoice(String code) {
        return new String(SampleInvoices.valid(7, DATE), StandardCharsets.UTF_8)
                .replace("<KHHDon>C26TAA</KHHDon>", "<KHHDon>C26MAA</KHHDon>")
                .replace("</DLHDon>", "</DLHDon><MCCQT>" + code + "</MCCQT>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A 04/SS-HĐĐT about one coded invoice; {@code kind} is TCTBao (1 cancel, 2 adjust, 3 replace, 4 explain). */
    private static byte[] notice(String kind, String taxCode) {
        return ("<TBao><DLTBao><PBan>2.1.0</PBan><MSo>04/SS-HĐĐT</MSo>"
                        + "<Ten>Thông báo hóa đơn điện tử có sai sót</Ten><Loai>1</Loai><MST>" + taxCode + "</MST>"
                        + "<DDanh>Hà Nội</DDanh><NTBao>2026-11-27</NTBao><DSHDon><HDon><STT>1</STT>"
                        + "<MCCQT>00474597512BE94B7BAB367996EF464828</MCCQT><KHMSHDon>1</KHMSHDon>"
                        + "<KHHDon>C26TAA</KHHDon><SHDon>7</SHDon><Ngay>2026-11-27</Ngay><LADHDDT>1</LADHDDT>"
                        + "<TCTBao>" + kind + "</TCTBao><LDo>Sai địa chỉ người mua</LDo></HDon></DSHDon></DLTBao>"
                        + "<DSCKS><NNT>" + new String(SIGNATURE, StandardCharsets.UTF_8) + "</NNT></DSCKS></TBao>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
