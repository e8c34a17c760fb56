package vn.counterdesk.invoice.validation;

/** How bad a finding is: an ERROR makes the invoice unacceptable, a WARNING deserves a look. */
public enum Severity {
    ERROR,
    WARNING
}
