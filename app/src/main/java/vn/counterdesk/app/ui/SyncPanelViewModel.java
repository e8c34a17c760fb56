package vn.counterdesk.app.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.SyncEntry;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.sync.engine.SyncStatusReport;

/**
 * The sync queue at a glance: counts, the "not synced for N hours" alarm, the failing and rejected
 * invoices with their reasons, Retry (one / all failing) and Sync now. Everything runs in background
 * tasks; {@link #refresh} is polled so the panel follows the engine live. No personal data is loaded.
 */
public final class SyncPanelViewModel {

    private final AccessContext clerk;

    private final CounterServices services;
    private final TaskExecutor executor;
    private final ObjectProperty<Optional<SyncStatusReport>> report = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<SyncEntry> problems = FXCollections.observableArrayList();
    private final StringProperty messageKey = new SimpleStringProperty("");
    private final BooleanProperty retryAllowed = new SimpleBooleanProperty(true);
    private boolean refreshing;

    public SyncPanelViewModel(CounterServices services, TaskExecutor executor, AccessContext clerk) {
        this.clerk = clerk;
        this.services = services;
        this.executor = executor;
    }

    /** Retrying is a manager's decision (the role check is the shell's); the buttons follow this. */
    public BooleanProperty retryAllowedProperty() {
        return retryAllowed;
    }

    private record Snapshot(SyncStatusReport report, List<SyncEntry> problems) {}

    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        executor.execute(BackgroundTask.of(p ->
                        new Snapshot(services.sync().report(), services.sync().problems()))
                .onSuccess(snapshot -> {
                    refreshing = false;
                    report.set(Optional.of(snapshot.report()));
                    if (!snapshot.problems().equals(problems)) {
                        problems.setAll(snapshot.problems());
                    }
                })
                .onFailure(error -> refreshing = false));
    }

    /** Sends one failing invoice again now (same message id: the upstream sees a resend, not a new invoice). */
    public void retry(SyncEntry entry) {
        executor.execute(BackgroundTask.of(p -> services.sync().retry(clerk, entry.queueKey()))
                .onSuccess(moved -> {
                    messageKey.set(moved ? "syncpanel.retried" : "syncpanel.notFailing");
                    refresh();
                }));
    }

    public void retryAllFailing() {
        executor.execute(
                BackgroundTask.of(p -> services.sync().retryAllFailing(clerk)).onSuccess(count -> {
                    messageKey.set(count > 0 ? "syncpanel.retried" : "syncpanel.nothingFailing");
                    refresh();
                }));
    }

    /** One sync cycle now, whatever the poll interval; failing invoices are made due first. */
    public void syncNow() {
        messageKey.set("syncpanel.syncing");
        executor.execute(BackgroundTask.of(p -> {
                    services.sync().retryAllFailing(clerk);
                    return services.sync().syncNow();
                })
                .onSuccess(cycle -> {
                    messageKey.set(cycle.upstreamReached() || !cycle.didWork() ? "syncpanel.synced" : "syncpanel.down");
                    refresh();
                })
                .onFailure(error -> messageKey.set("syncpanel.down")));
    }

    public ObjectProperty<Optional<SyncStatusReport>> reportProperty() {
        return report;
    }

    public ObservableList<SyncEntry> problems() {
        return problems;
    }

    public StringProperty messageKeyProperty() {
        return messageKey;
    }
}
