package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.counterdesk.invoice.model.Amounts;
import vn.counterdesk.invoice.model.AuthorityCode;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.money.ConsistencyChecker;
import vn.counterdesk.invoice.sign.InvoiceVerifier;
import vn.counterdesk.invoice.sign.SignatureCheck;
import vn.counterdesk.invoice.sign.VerificationReport;
import vn.counterdesk.invoice.validation.InvoiceRules;
import vn.counterdesk.invoice.validation.Problem;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.ReadInvoice;

/**
 * {@code counterdesk invoice verify FILE.xml [--json]}: reads a bare {@code HDon} or a {@code TDiep} holding one,
 * verifies every signature and recomputes the amounts.
 *
 * <p>Exit codes: 0 verified; 5 a signature is invalid or the seller signature is missing; 2 the file is not a
 * readable invoice (the message names the problem). Amounts that disagree with the lines are WARNINGs.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify the signatures and amounts of an e-invoice XML file (HDon or TDiep).")
public final class InvoiceVerifyCommand implements Callable<Integer> {

    /** As in the XML: GMT+7, no offset, seconds always written (LocalDateTime.toString drops ":00"). */
    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Invoice XML: a bare HDon or a TDiep holding one.")
    Path file;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReadInvoice read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new InvoiceXmlReader().read(in);
        } catch (NoSuchFileException e) {
            return unreadable(out, "file not found: " + file);
        } catch (IOException e) {
            return unreadable(out, "cannot read " + file + ": " + e.getMessage());
        } catch (InvoiceParseException e) {
            return unreadable(out, e.getMessage() + (e.xpath().equals("/") ? "" : " (at " + e.xpath() + ")"));
        }
        VerificationReport report = new InvoiceVerifier(Clock.systemUTC()).verify(read);
        List<Problem> problems = new ArrayList<>(read.warnings());
        problems.addAll(report.problems());
        problems.addAll(new InvoiceRules(read.format()).check(read.invoice()));
        problems.addAll(ConsistencyChecker.standard().check(read.invoice()));
        if (json) {
            out.println(Json.write(toJson(read.invoice(), report, problems)));
        } else {
            printText(out, read.invoice(), report, problems);
        }
        out.flush();
        return report.verified() ? ExitCode.SUCCESS : ExitCode.VERIFICATION_FAILED;
    }

    private int unreadable(PrintWriter out, String message) {
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode problems = root.putArray("problems");
            problems.addObject()
                    .put("severity", "ERROR")
                    .put("code", "UNREADABLE")
                    .put("message", message);
            out.println(Json.write(root));
            out.flush();
        } else {
            spec.commandLine().getErr().println("Not a readable invoice: " + message);
            spec.commandLine().getErr().flush();
        }
        return ExitCode.BAD_INPUT;
    }

    private static ObjectNode toJson(Invoice invoice, VerificationReport report, List<Problem> problems) {
        ObjectNode root = Json.object();
        ObjectNode i = root.putObject("invoice");
        i.put("form", invoice.general().form());
        i.put("symbol", invoice.general().symbol());
        invoice.general().number().ifPresent(n -> i.put("number", n));
        i.put("date", invoice.general().issueDate().toString());
        i.put("sellerTaxCode", invoice.seller().taxCode());
        invoice.buyer().idNumber().ifPresent(v -> i.put("buyerIdNumber", v));
        invoice.buyer().taxCode().ifPresent(v -> i.put("buyerTaxCode", v));
        invoice.totals().totalBeforeTax().ifPresent(v -> i.put("totalBeforeTax", plain(v)));
        invoice.totals().totalTax().ifPresent(v -> i.put("totalTax", plain(v)));
        i.put("totalPayable", plain(invoice.totals().totalPayable()));
        if (!invoice.totals().totalPayableInWords().isEmpty()) {
            i.put("amountInWords", invoice.totals().totalPayableInWords());
        }
        invoice.authorityCode().map(AuthorityCode::value).ifPresent(v -> i.put("taxAuthorityCode", v));
        ArrayNode signatures = root.putArray("signatures");
        for (SignatureCheck check : report.signatures()) {
            ObjectNode s = signatures.addObject();
            s.put("role", check.role().label());
            s.put("valid", check.valid());
            check.signer().ifPresent(v -> s.put("signer", v));
            check.signingTime().ifPresent(v -> s.put("signingTime", v.format(SIGNING_TIME)));
        }
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            list.addObject()
                    .put("severity", p.severity().name())
                    .put("code", p.code())
                    .put("message", p.message());
        }
        for (SignatureCheck check : report.signatures()) {
            for (String failure : check.failures()) {
                list.addObject()
                        .put("severity", "ERROR")
                        .put("code", "SIGNATURE_INVALID")
                        .put("message", check.role().label() + " signature: " + failure);
            }
        }
        return root;
    }

    // JSON numbers without exponent: 1.2E+5 would be a correct but unreadable total.
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(Amounts.format(value));
    }

    private static void printText(PrintWriter out, Invoice invoice, VerificationReport report, List<Problem> problems) {
        out.printf(
                "Invoice %s%s no. %s of %s, seller %s, total payable %s %s%n",
                invoice.general().form(),
                invoice.general().symbol(),
                invoice.general().number().map(String::valueOf).orElse("-"),
                invoice.general().issueDate(),
                invoice.seller().taxCode(),
                Amounts.format(invoice.totals().totalPayable()),
                invoice.general().currency());
        for (SignatureCheck check : report.signatures()) {
            out.printf(
                    "  %-13s %s  %s  %s%n",
                    check.role().label(),
                    check.valid() ? "VALID  " : "INVALID",
                    check.signer().orElse("?"),
                    check.signingTime().map(t -> t.format(SIGNING_TIME)).orElse(""));
            check.failures().forEach(f -> out.println("      " + f));
        }
        for (Problem p : problems) {
            out.printf("  %-7s %s: %s%n", p.severity(), p.code(), p.message());
        }
        out.println(report.verified() ? "Verified." : "NOT verified.");
    }
}
