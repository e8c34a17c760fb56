package vn.counterdesk.app.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.counterdesk.app.service.CardReadResult;
import vn.counterdesk.app.service.CardReadService;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.card.access.AccessInput;
import vn.counterdesk.card.access.InvalidAccessInputException;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceSummary;

/** Reading a card: the key the clerk typed or scanned, progress, cancel, and the verified identity. */
public final class ReadCardViewModel {

    private final CounterServices services;
    private final TaskExecutor executor;
    private final AccessContext clerk;
    private final ScannerInput scanner = new ScannerInput();

    private final StringProperty keyText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty messageKey = new SimpleStringProperty("read.prompt");
    private final ObjectProperty<Optional<CardReadResult.Read>> identity = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<InvoiceSummary> history = FXCollections.observableArrayList();
    private BackgroundTask<CardReadResult> running;

    public ReadCardViewModel(CounterServices services, TaskExecutor executor, AccessContext clerk) {
        this.services = services;
        this.executor = executor;
        this.clerk = clerk;
    }

    public StringProperty keyTextProperty() {
        return keyText;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Message key of what the clerk should know now. */
    public StringProperty messageKeyProperty() {
        return messageKey;
    }

    public ObjectProperty<Optional<CardReadResult.Read>> identityProperty() {
        return identity;
    }

    public ObservableList<InvoiceSummary> history() {
        return history;
    }

    /** Enter in the key field (typed, or the CR/LF a scanner sends). */
    public void submit() {
        Optional<String> complete = scanner.accept(keyText.get());
        if (complete.isEmpty()) {
            keyText.set("");
            messageKey.set("read.waitMrz");
            return;
        }
        read(complete.get());
    }

    /** F2: read with what is in the field now. */
    public void readNow() {
        scanner.clear();
        read(keyText.get());
    }

    private void read(String typed) {
        if (busy.get()) {
            return;
        }
        AccessInput key;
        try {
            key = CardReadService.parseKey(typed);
        } catch (InvalidAccessInputException e) {
            messageKey.set("read.badInput");
            return;
        }
        // A new read replaces the last identity at once: nothing of a previous person stays visible.
        identity.set(Optional.empty());
        history.clear();
        busy.set(true);
        progress.set(0);
        messageKey.set("read.reading");
        CancellationToken cancellation = new CancellationToken();
        running = BackgroundTask.of(p -> services.cardReads().read(key, listener(p), cancellation))
                .onCancel(cancellation::cancel)
                .onProgress(progress::set)
                .onSuccess(this::show)
                .onFailure(error -> finish("read.failed.CHIP_ERROR"));
        executor.execute(running);
    }

    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            finish("read.failed.CANCELLED");
        }
    }

    private void show(CardReadResult result) {
        switch (result) {
            case CardReadResult.Read read -> {
                identity.set(Optional.of(read));
                keyText.set("");
                finish("read.done");
                loadHistory(read.document().idNumber());
            }
            case CardReadResult.Failed failed ->
                finish("read.failed." + failed.reason().name());
        }
    }

    /** Reloads the person's invoices (after an issue, too). */
    public void loadHistory(String idNumber) {
        executor.execute(
                BackgroundTask.of(p -> services.invoicesOf(clerk, idNumber)).onSuccess(this::showHistory));
    }

    private void showHistory(List<InvoiceSummary> invoices) {
        history.setAll(invoices);
    }

    private void finish(String key) {
        busy.set(false);
        progress.set(0);
        messageKey.set(key);
    }

    /** Progress by file: the photo (DG2) is most of the bytes, so it gets most of the bar. */
    private static ReadListener listener(BackgroundTask.Progress progress) {
        return new ReadListener() {
            @Override
            public void accessOpened(vn.counterdesk.card.access.AccessMethod method) {
                progress.update(0.1);
            }

            @Override
            public void progress(DataGroup file, int bytesRead, int fileLength) {
                if (file == DataGroup.DG2 && fileLength > 0) {
                    progress.update(0.2 + 0.7 * bytesRead / fileLength);
                } else if (file == DataGroup.SOD || file == DataGroup.DG13) {
                    progress.update(0.95);
                }
            }
        };
    }
}
