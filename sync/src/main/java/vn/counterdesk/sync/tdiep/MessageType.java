package vn.counterdesk.sync.tdiep;

import java.util.Arrays;
import java.util.Optional;

/** The {@code MLTDiep} codes CounterDesk sends or understands (einvoice.md §8). */
public enum MessageType {
    /** Invoice sent for coding; exactly one invoice per message. */
    INVOICE_FOR_CODING("200"),
    /** Coding result: the invoice returned with {@code MCCQT} and the tax authority's signature. */
    CODED_INVOICE("202"),
    /** Uncoded invoice data; several invoices per message. */
    UNCODED_INVOICE_DATA("203"),
    /** 01/TB-KTDL: result of the data check (rejection with error items). */
    CHECK_RESULT("204"),
    /** Cash-register invoice data, already coded by the seller. */
    CASH_REGISTER_DATA("206"),
    /** 04/SS-HĐĐT error notice. */
    ERROR_NOTICE("300"),
    /** 01/TB-SSĐT: receipt and processing result of an error notice. */
    ERROR_NOTICE_RESULT("301"),
    /** Technical acknowledgement of any received message. */
    TECHNICAL_ACK("999");

    private final String code;

    MessageType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MessageType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
