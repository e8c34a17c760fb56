package vn.counterdesk.app.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.Correction;
import vn.counterdesk.store.invoice.InvoiceSummary;
import vn.counterdesk.sync.engine.SyncStatus;
import vn.counterdesk.sync.engine.SyncStatusReport;

/** The invoice list with its search and the upstream state of each invoice. */
public final class InvoiceListViewModel {

    /** One row: the stored invoice and what the sync engine knows of it. */
    public record Row(
            InvoiceSummary invoice,
            Optional<SyncStatus> syncStatus,
            Optional<String> authorityCode,
            Optional<Correction.Kind> correctedAs) {}

    private final CounterServices services;
    private final TaskExecutor executor;
    private final AccessContext clerk;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<SyncStatusReport>> syncReport = new SimpleObjectProperty<>(Optional.empty());
    private boolean refreshing;

    public InvoiceListViewModel(CounterServices services, TaskExecutor executor, AccessContext clerk) {
        this.services = services;
        this.executor = executor;
        this.clerk = clerk;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Optional<SyncStatusReport>> syncReportProperty() {
        return syncReport;
    }

    /** Searches in the background (audited when it uses personal data, so the poll does not call it). */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        String typed = search.get();
        executor.execute(BackgroundTask.of(p -> load(typed))
                .onSuccess(loaded -> {
                    refreshing = false;
                    rows.setAll(loaded.rows());
                    syncReport.set(Optional.of(loaded.report()));
                })
                .onFailure(error -> refreshing = false));
    }

    private record Loaded(List<Row> rows, SyncStatusReport report) {}

    private Loaded load(String typed) {
        return new Loaded(
                withStatus(services.searchInvoices(clerk, typed)),
                services.sync().report());
    }

    /**
     * Re-reads only the upstream state of the rows shown: no personal data, so polling it every few
     * seconds writes no audit rows.
     */
    public void pollStatuses() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        List<InvoiceSummary> shown = rows.stream().map(Row::invoice).toList();
        executor.execute(BackgroundTask.of(
                        p -> new Loaded(withStatus(shown), services.sync().report()))
                .onSuccess(loaded -> {
                    refreshing = false;
                    // Replace only on change: a needless setAll would drop the clerk's selection every second.
                    if (loaded.rows().size() == rows.size() && !loaded.rows().equals(rows)) {
                        rows.setAll(loaded.rows());
                    }
                    syncReport.set(Optional.of(loaded.report()));
                })
                .onFailure(error -> refreshing = false));
    }

    private List<Row> withStatus(List<InvoiceSummary> invoices) {
        // The latest correction wins: an adjusted invoice later replaced shows REPLACED.
        Map<Long, Correction.Kind> corrected = new HashMap<>();
        services.correctionsOf(invoices.stream().map(InvoiceSummary::invoiceId).toList())
                .forEach(c -> corrected.put(c.originalId(), c.kind()));
        return invoices.stream()
                .map(summary -> new Row(
                        summary,
                        services.sync().status(summary.invoiceId()),
                        services.sync().authorityCode(summary.invoiceId()),
                        Optional.ofNullable(corrected.get(summary.invoiceId()))))
                .toList();
    }

    /** Sync status of one invoice as last loaded. */
    public Optional<SyncStatus> statusOf(long invoiceId) {
        return rows.stream()
                .filter(r -> r.invoice().invoiceId() == invoiceId)
                .findFirst()
                .flatMap(Row::syncStatus);
    }
}
