package vn.counterdesk.app.service;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** {@link Printing} through {@link PrinterJob} with PDFBox laying out the PDF's pages as they are. */
public final class PdfPrinting implements Printing {

    private final Optional<PrintService> fixedService;

    private PdfPrinting(Optional<PrintService> fixedService) {
        this.fixedService = fixedService;
    }

    /** The OS printers, chosen by the clerk in the OS print dialog. */
    public static PdfPrinting system() {
        return new PdfPrinting(Optional.empty());
    }

    /** Always {@code service}, without a dialog (a kiosk printer, or a test's stream print service). */
    public static PdfPrinting to(PrintService service) {
        return new PdfPrinting(Optional.of(service));
    }

    @Override
    public PrintOutcome print(String jobName, byte[] pdf) {
        if (fixedService.isEmpty() && PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            return new PrintOutcome.NoPrinter();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (fixedService.isPresent()) {
                job.setPrintService(fixedService.get());
            } else if (!job.printDialog()) {
                return new PrintOutcome.Cancelled();
            }
            String printer =
                    job.getPrintService() == null ? "" : job.getPrintService().getName();
            job.print();
            return new PrintOutcome.Printed(printer, document.getNumberOfPages());
        } catch (PrinterException | IOException e) {
            return new PrintOutcome.Failed(e.getClass().getSimpleName());
        }
    }
}
