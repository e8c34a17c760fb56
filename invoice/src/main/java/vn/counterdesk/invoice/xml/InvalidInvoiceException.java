package vn.counterdesk.invoice.xml;

import java.util.List;
import java.util.stream.Collectors;
import vn.counterdesk.invoice.validation.Problem;

/** Thrown by the writer when an invoice breaks the format (a length, a required field, the XSD): nothing is written. */
public final class InvalidInvoiceException extends Exception {

    private final List<Problem> problems;

    public InvalidInvoiceException(List<Problem> problems) {
        super(problems.stream().map(p -> p.xpath() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
