package vn.counterdesk.invoice.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;

/**
 * Regression for a fuzzing finding (corpus {@code crash-certificate-subject-not-a-sequence}): the signature's
 * certificate has a subject the JDK accepts but BouncyCastle cannot read as a name. {@code invoice verify} threw
 * {@code IllegalArgumentException}; it must report the invoice as not verified, naming the subject mismatch.
 */
class UnreadableCertificateSubjectTest {

    private static final String INPUT = "/vn/counterdesk/invoice/fuzz/InvoiceXmlReaderFuzzTestInputs/"
            + "readingAndVerifyingReturnsAValueOrTheTypedError/crash-certificate-subject-not-a-sequence";

    @Test
    void anUnreadableSubjectIsReportedAsNotMatchingTheWrittenName() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream(INPUT)) {
            xml = in.readAllBytes();
        }

        VerificationReport report = new InvoiceVerifier(Clock.systemUTC()).verify(new InvoiceXmlReader().read(xml));

        assertThat(report.verified()).isFalse();
        assertThat(report.signatures())
                .flatExtracting(SignatureCheck::failures)
                .contains("X509SubjectName does not match the X509Certificate");
    }
}
