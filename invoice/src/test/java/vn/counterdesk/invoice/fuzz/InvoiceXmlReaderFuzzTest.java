package vn.counterdesk.invoice.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import vn.counterdesk.invoice.sign.InvoiceVerifier;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.ReadInvoice;

/**
 * The invoice file is the one input a stranger hands the counter. Property: reading returns an invoice or throws
 * {@link InvoiceParseException}; verifying what was read returns a report. Any other exception, a hang or an
 * allocation beyond the fuzzer's memory limit is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the committed corpus under {@code InvoiceXmlReaderFuzzTestInputs/}
 * (valid invoices plus every input that ever failed); see docs/fuzzing.md for the fuzzing run.
 */
class InvoiceXmlReaderFuzzTest {

    private static final InvoiceXmlReader READER = new InvoiceXmlReader();
    private static final InvoiceVerifier VERIFIER = new InvoiceVerifier(Clock.systemUTC());

    @FuzzTest(maxDuration = "30s")
    void readingAndVerifyingReturnsAValueOrTheTypedError(byte[] xml) {
        ReadInvoice read;
        try {
            read = READER.read(xml);
        } catch (InvoiceParseException refused) {
            return;
        }
        VERIFIER.verify(read);
    }
}
