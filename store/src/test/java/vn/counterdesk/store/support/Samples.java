package vn.counterdesk.store.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.AllocatedNumber;
import vn.counterdesk.store.invoice.Buyer;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.SignedXmlSource;
import vn.counterdesk.store.invoice.Totals;
import vn.counterdesk.store.person.PersonField;
import vn.counterdesk.store.person.PersonRecord;

/** Invented test persons (no real people) and a stand-in for the invoice module's build-and-sign step. */
public final class Samples {
    public static final AccessContext CLERK = new AccessContext("clerk-01", "serve customer");
    public static final InvoiceSeries SERIES = new InvoiceSeries("0312345678", "1", "C26TAA", 2026);
    public static final LocalDate ISSUE_DATE = LocalDate.of(2026, 11, 27);

    private Samples() {}

    public static PersonRecord person(String idNumber, String name, String residence) {
        return new PersonRecord(
                idNumber,
                Map.of(
                        PersonField.FULL_NAME, name,
                        PersonField.DATE_OF_BIRTH, "15/01/1990",
                        PersonField.SEX, "Nam",
                        PersonField.NATIONALITY, "Việt Nam",
                        PersonField.ETHNICITY, "Kinh",
                        PersonField.RELIGION, "Không",
                        PersonField.PLACE_OF_RESIDENCE, residence,
                        PersonField.FATHER_NAME, "Trần Văn Cường",
                        PersonField.MOTHER_NAME, "Phạm Thị Dung"),
                Optional.empty());
    }

    public static InvoiceToIssue invoiceFor(PersonRecord person) {
        return new InvoiceToIssue(
                SERIES,
                ISSUE_DATE,
                Buyer.individual(
                        person.fullName(),
                        person.idNumber(),
                        person.field(PersonField.PLACE_OF_RESIDENCE).orElse("")),
                Totals.vnd(100_000, 8_000));
    }

    /** XML carrying the allocated number and the buyer, as the real signer would produce it. */
    public static SignedXmlSource xmlWithBuyer(InvoiceToIssue invoice) {
        return number -> xml(number, invoice.buyer());
    }

    public static byte[] xml(AllocatedNumber number, Buyer buyer) {
        String text = "<HDon><DLHDon><TTChung><KHMSHDon>" + number.series().form() + "</KHMSHDon><KHHDon>"
                + number.series().symbol() + "</KHHDon><SHDon>" + number.number() + "</SHDon></TTChung>"
                + "<NDHDon><NMua><Ten>" + buyer.name().orElse("") + "</Ten><DChi>"
                + buyer.address().orElse("")
                + "</DChi><CCCDan>" + buyer.idNumber().orElse("") + "</CCCDan></NMua></NDHDon></DLHDon>"
                + "<DSCKS><NBan><Signature/></NBan></DSCKS></HDon>";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
