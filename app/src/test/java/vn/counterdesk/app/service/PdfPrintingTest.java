package vn.counterdesk.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.print.DocFlavor;
import javax.print.PrintServiceLookup;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Printing goes through the Java print service: a PostScript stream service stands in for a printer. */
class PdfPrintingTest {

    @Test
    void aTwoPagePdfBecomesATwoPagePrintJob() throws Exception {
        ByteArrayOutputStream spool = new ByteArrayOutputStream();
        StreamPrintServiceFactory postscript = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0];

        PrintOutcome outcome = PdfPrinting.to(postscript.getPrintService(spool)).print("C26TCD-1", twoPages());

        assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
        assertThat(((PrintOutcome.Printed) outcome).pages()).isEqualTo(2);
        String job = spool.toString(StandardCharsets.ISO_8859_1);
        assertThat(job).startsWith("%!PS").contains("%%Page: 1").contains("%%Page: 2");
    }

    @Test
    void aDamagedPdfIsAFailedOutcomeNotAnException() {
        ByteArrayOutputStream spool = new ByteArrayOutputStream();
        StreamPrintServiceFactory postscript = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0];

        PrintOutcome outcome = PdfPrinting.to(postscript.getPrintService(spool))
                .print("broken", "%PDF-1.7 cut".getBytes(StandardCharsets.US_ASCII));

        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(spool.size()).isZero();
    }

    @Test
    void withoutAnyPrinterTheClerkIsToldSo() throws Exception {
        assumeTrue(
                PrintServiceLookup.lookupPrintServices(null, null).length == 0, "this machine has a printer installed");
        assertThat(PdfPrinting.system().print("C26TCD-1", twoPages())).isEqualTo(new PrintOutcome.NoPrinter());
    }

    private static byte[] twoPages() throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 200, 100);
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
