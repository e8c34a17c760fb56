package vn.counterdesk.app.service;

/**
 * Prints an invoice PDF. Blocking: view models call it from background tasks. Production asks the OS
 * through the Java print service ({@link PdfPrinting#system()}); tests hand in a print service they
 * control, e.g. one writing PostScript to a file ({@link PdfPrinting#to}).
 */
@FunctionalInterface
public interface Printing {

    PrintOutcome print(String jobName, byte[] pdf);
}
