package vn.counterdesk.invoice.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.counterdesk.invoice.format.FormatDefinitions;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.money.ConsistencyChecker;
import vn.counterdesk.invoice.testing.SampleInvoices;

class InvoiceRoundTripTest {

    private final InvoiceXmlWriter writer = InvoiceXmlWriter.current();
    private final InvoiceXmlReader reader = new InvoiceXmlReader();
    private final InvoiceSchema schema =
            InvoiceSchema.of(FormatDefinitions.V2_1_0).orElseThrow();

    static Stream<Arguments> cases() {
        return SampleInvoices.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatesAgainstTheXsdAndReadsBackUnchanged(String name, Invoice invoice) throws Exception {
        byte[] xml = writer.write(invoice);

        assertThat(schema.validate(xml)).as("XSD problems").isEmpty();
        ReadInvoice read = reader.read(xml);
        assertThat(read.invoice()).isEqualTo(invoice);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.format().version()).isEqualTo("2.1.0");
        assertThat(writer.write(read.invoice())).isEqualTo(xml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesNoWhitespaceBetweenTagsAndNoNamespace(String name, Invoice invoice) throws Exception {
        String xml = new String(writer.write(invoice), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><HDon><DLHDon Id=\"");
        assertThat(xml).doesNotContainPattern(">\\s+<").doesNotContain("xmlns");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computedInvoicesAreConsistent(String name, Invoice invoice) {
        assertThat(ConsistencyChecker.standard().check(invoice)).isEmpty();
    }
}
