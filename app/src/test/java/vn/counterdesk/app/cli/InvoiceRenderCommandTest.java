package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.counterdesk.app.CounterDeskCommand;

class InvoiceRenderCommandTest {

    @TempDir
    Path dir;

    private Path xml;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixture() throws Exception {
        xml = dir.resolve("invoice.xml");
        try (InputStream in = getClass().getResourceAsStream("signed-vat-4-lines.xml")) {
            Files.copy(in, xml);
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CounterDeskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 2];
        full[0] = "invoice";
        full[1] = "render";
        System.arraycopy(args, 0, full, 2, args.length);
        return cli.execute(full);
    }

    @Test
    void renders_an_a4_pdf_carrying_the_signed_xml_and_reports_it_as_json() throws Exception {
        Path pdf = dir.resolve("out.pdf");

        int exit = run(xml.toString(), "--pdf", pdf.toString(), "--json");

        assertThat(exit).isEqualTo(ExitCode.SUCCESS);
        var json = Json.mapper().readTree(out.toString());
        assertThat(json.get("layout").asText()).isEqualTo("A4");
        assertThat(json.get("pages").asInt()).isEqualTo(1);
        assertThat(json.get("attachment").asText()).isEqualTo("1C25TAA-123.xml");
        assertThat(json.get("sellerSignature").asText()).isEqualTo("VALID");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Số CCCD/định danh (ID number): 079301012345")
                    .contains("Bốn mươi ba nghìn sáu trăm đồng.");
            byte[] attached = doc.getDocumentCatalog()
                    .getNames()
                    .getEmbeddedFiles()
                    .getNames()
                    .get("1C25TAA-123.xml")
                    .getEmbeddedFile()
                    .toByteArray();
            assertThat(attached).isEqualTo(Files.readAllBytes(xml));
        }
    }

    @Test
    void receipt_option_prints_on_80mm_paper() throws Exception {
        Path pdf = dir.resolve("receipt.pdf");

        assertThat(run(xml.toString(), "--pdf", pdf.toString(), "--receipt")).isEqualTo(ExitCode.SUCCESS);

        assertThat(out.toString()).contains("RECEIPT_80MM");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(226f, 227.5f);
        }
    }

    @Test
    void unreadable_xml_is_bad_input_and_writes_no_pdf() throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<HDon><DLHDon>", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("never.pdf");

        assertThat(run(broken.toString(), "--pdf", pdf.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("FILE.xml");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void a_missing_file_is_bad_input() {
        assertThat(run(
                        dir.resolve("absent.xml").toString(),
                        "--pdf",
                        dir.resolve("x.pdf").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("cannot read");
    }
}
