package vn.counterdesk.app.ui;

import javafx.beans.property.StringProperty;
import vn.counterdesk.app.service.PrintOutcome;
import vn.counterdesk.app.service.Printing;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;

/** Prints a PDF in the background and reports the outcome as a message key ({@code print.*}). */
final class PrintRequest {

    private PrintRequest() {}

    interface PdfSource {
        byte[] pdf() throws Exception;
    }

    static void start(TaskExecutor executor, Printing printing, String jobName, PdfSource pdf, StringProperty message) {
        message.set("print.printing");
        executor.execute(BackgroundTask.of(p -> printing.print(jobName, pdf.pdf()))
                .onSuccess(outcome -> message.set(keyOf(outcome)))
                .onFailure(error -> message.set("print.failed")));
    }

    static String keyOf(PrintOutcome outcome) {
        return switch (outcome) {
            case PrintOutcome.Printed printed -> "print.done";
            case PrintOutcome.NoPrinter none -> "print.noPrinter";
            case PrintOutcome.Cancelled cancelled -> "print.cancelled";
            case PrintOutcome.Failed failed -> "print.failed";
        };
    }
}
