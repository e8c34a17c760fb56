package vn.counterdesk.sync.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.counterdesk.sync.tdiep.Answer;
import vn.counterdesk.sync.tdiep.AnswerReader;
import vn.counterdesk.sync.tdiep.TDiepParseException;
import vn.counterdesk.sync.tdiep.TDiepReader;
import vn.counterdesk.sync.verify.InvoiceCqtVerifier;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;

/**
 * Every byte the upstream returns goes through the TDiep reader. Property: a message (or a page of messages) is
 * read into answers or refused with {@link TDiepParseException}; a 202's invoice is then checked by the CQT
 * verifier, which returns a verdict. Any other exception, a hang or runaway memory is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} these replay the committed corpus under {@code AnswerReaderFuzzTestInputs/}.
 */
class AnswerReaderFuzzTest {

    private static final TDiepReader TDIEP = new TDiepReader();
    private static final AnswerReader ANSWERS = new AnswerReader(TDIEP);
    private static final InvoiceCqtVerifier VERIFIER =
            new InvoiceCqtVerifier(List.of(TestTaxAuthority.shared().certificate()), Clock.systemUTC());
    private static final byte[] SENT = SampleInvoices.valid(7, LocalDate.of(2026, 11, 27));

    @FuzzTest(maxDuration = "30s")
    void anAnswerIsReadAndVerifiedOrRefusedWithTheTypedError(byte[] message) {
        try {
            if (ANSWERS.read(message) instanceof Answer.CodedInvoice coded) {
                VERIFIER.verify(SENT, coded.invoice());
            }
        } catch (TDiepParseException refused) {
            // the one allowed refusal
        }
    }

    @FuzzTest(maxDuration = "30s")
    void aPageSplitsIntoMessagesOrIsRefusedWithTheTypedError(byte[] page) {
        try {
            for (var message : TDIEP.readPage(page, 8)) {
                ANSWERS.interpret(message);
            }
        } catch (TDiepParseException refused) {
            // the one allowed refusal
        }
    }
}
