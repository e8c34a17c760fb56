package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.config.StoreAccess;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.invoice.InvoiceSummary;

/** {@code counterdesk invoice list}: issued invoices, newest first, with their sync status. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List issued invoices, newest first.")
public final class InvoiceListCommand implements Callable<Integer> {

    private static final AccessContext CLI = new AccessContext("cli", "invoice-list");

    @Spec
    CommandSpec spec;

    @Option(names = "--buyer-id", paramLabel = "N", description = "Only invoices to this CCCD number (12 digits).")
    Optional<String> buyerId;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issued on or after this date.")
    Optional<LocalDate> from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issued on or before this date.")
    Optional<LocalDate> to;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "At most N. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (buyerId.isPresent() && !buyerId.get().matches("[0-9]{12}")) {
            err.println("invoice list: --buyer-id: must be the 12-digit CCCD number");
            return ExitCode.BAD_INPUT;
        }
        if (limit < 1) {
            err.println("invoice list: --limit: must be at least 1");
            return ExitCode.BAD_INPUT;
        }
        InvoiceQuery query = InvoiceQuery.all().limit(limit);
        query = buyerId.isPresent() ? query.byBuyerIdNumber(buyerId.get()) : query;
        if (from.isPresent() || to.isPresent()) {
            query = query.between(from.orElse(LocalDate.of(1, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31)));
        }
        Optional<LocalDate> first = from;
        if (first.isPresent() && to.isPresent() && first.get().isAfter(to.get())) {
            err.println("invoice list: --from: is after --to");
            return ExitCode.BAD_INPUT;
        }
        Path dataDirectory = RootOptions.dataDirectory(spec);
        try (CounterStore store =
                StoreAccess.open(dataDirectory, CounterSettings.load(dataDirectory), System.getenv())) {
            print(store.invoices().search(CLI, query));
            return ExitCode.SUCCESS;
        } catch (BadInput e) {
            err.println("invoice list: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private void print(List<InvoiceSummary> invoices) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = Json.mapper().createArrayNode();
            invoices.forEach(invoice -> list.add(toJson(invoice)));
            ObjectNode result = Json.object();
            result.set("invoices", list);
            out.println(Json.write(result));
            return;
        }
        for (InvoiceSummary invoice : invoices) {
            out.printf(
                    "%d  %s%s no. %d  %s  %s %s  %s%n",
                    invoice.invoiceId(),
                    invoice.series().form(),
                    invoice.series().symbol(),
                    invoice.number(),
                    invoice.issueDate(),
                    invoice.totals().payable().toPlainString(),
                    invoice.totals().currency(),
                    invoice.status());
        }
        out.println(RootOptions.text(spec).getString("cli.invoice.listed").formatted(invoices.size()));
    }

    private static ObjectNode toJson(InvoiceSummary invoice) {
        ObjectNode node = Json.object()
                .put("invoiceId", invoice.invoiceId())
                .put("form", invoice.series().form())
                .put("symbol", invoice.series().symbol())
                .put("number", invoice.number())
                .put("date", invoice.issueDate().toString())
                .put("sellerTaxCode", invoice.series().sellerTaxCode())
                .put("status", invoice.status().name())
                .put("totalBeforeTax", invoice.totals().beforeTax())
                .put("totalTax", invoice.totals().tax())
                .put("totalPayable", invoice.totals().payable())
                .put("currency", invoice.totals().currency());
        invoice.buyer().name().ifPresent(name -> node.put("buyerName", name));
        invoice.buyer().idNumber().ifPresent(id -> node.put("buyerIdNumber", id));
        invoice.buyer().taxCode().ifPresent(code -> node.put("buyerTaxCode", code));
        invoice.authorityCode().ifPresent(code -> node.put("taxAuthorityCode", code));
        return node;
    }
}
