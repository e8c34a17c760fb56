package vn.counterdesk.app.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.counterdesk.app.service.CardReadResult;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.DraftTotals;
import vn.counterdesk.app.service.InvoiceDraft;
import vn.counterdesk.app.service.IssueResult;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.card.read.IdentityDocument;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.store.audit.AccessContext;

/** A new invoice: buyer from the card, lines typed with the keyboard, live totals, issue. */
public final class InvoiceFormViewModel {

    public static final List<TaxRate> RATES =
            List.of(TaxRate.TEN, TaxRate.EIGHT, TaxRate.FIVE, TaxRate.ZERO, TaxRate.NOT_SUBJECT);

    private final CounterServices services;
    private final TaskExecutor executor;
    private final AccessContext clerk;

    private final StringProperty buyerName = new SimpleStringProperty("");
    private final StringProperty buyerId = new SimpleStringProperty("");
    private final StringProperty buyerAddress = new SimpleStringProperty("");
    private final BooleanProperty addressConsent = new SimpleBooleanProperty();
    private final LineInput input = new LineInput();
    private final StringProperty printMessageKey = new SimpleStringProperty("");
    private final ObservableList<InvoiceDraft.Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<DraftTotals> totals = new SimpleObjectProperty<>(DraftTotals.of(List.of()));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty messageKey = new SimpleStringProperty("");
    private final ObjectProperty<Optional<IssueResult.Issued>> lastIssued =
            new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<vn.counterdesk.sync.engine.SyncStatus>> lastStatus =
            new SimpleObjectProperty<>(Optional.empty());
    private Runnable afterIssue = () -> {};

    public InvoiceFormViewModel(CounterServices services, TaskExecutor executor, AccessContext clerk) {
        this.services = services;
        this.executor = executor;
        this.clerk = clerk;
        // Totals are cheap (a few lines of decimal arithmetic): computed at once on each change.
        lines.addListener((ListChangeListener<InvoiceDraft.Line>) change -> totals.set(DraftTotals.of(lines)));
    }

    /** Starts a new invoice for the person just read; the address only goes in with consent. */
    public void startFor(Optional<CardReadResult.Read> read) {
        lines.clear();
        lastIssued.set(Optional.empty());
        messageKey.set("");
        addressConsent.set(false);
        IdentityDocument document = read.map(CardReadResult.Read::document).orElse(null);
        buyerName.set(document == null ? "" : document.fullName());
        buyerId.set(document == null ? "" : document.idNumber());
        buyerAddress.set(document == null ? "" : document.placeOfResidence().orElse(""));
    }

    public void onIssued(Runnable callback) {
        this.afterIssue = callback;
    }

    /** Adds the line being typed; false (with a message) when it is incomplete. */
    public boolean addLine() {
        return input.addTo(lines, LineInput.Amounts.ORDINARY, messageKey, "invoice.badLine");
    }

    public void removeLine(int index) {
        LineInput.remove(lines, index);
    }

    public void issue() {
        if (busy.get()) {
            return;
        }
        if (buyerName.get().isBlank() || !buyerId.get().strip().matches("\\d{12}")) {
            messageKey.set("invoice.noBuyer");
            return;
        }
        if (lines.isEmpty()) {
            messageKey.set("invoice.failed.NO_LINES");
            return;
        }
        InvoiceDraft draft = new InvoiceDraft(
                buyerName.get().strip(),
                buyerId.get().strip(),
                addressConsent.get() && !buyerAddress.get().isBlank()
                        ? Optional.of(buyerAddress.get().strip())
                        : Optional.empty(),
                List.copyOf(lines));
        busy.set(true);
        messageKey.set("invoice.issuing");
        executor.execute(BackgroundTask.of(p -> services.issuer().issue(clerk, draft))
                .onSuccess(this::issued)
                .onFailure(error -> {
                    busy.set(false);
                    messageKey.set("invoice.failed.ERROR");
                }));
    }

    private void issued(IssueResult result) {
        busy.set(false);
        switch (result) {
            case IssueResult.Issued issued -> {
                lastIssued.set(Optional.of(issued));
                lastStatus.set(Optional.empty());
                lines.clear();
                messageKey.set("");
                afterIssue.run();
            }
            case IssueResult.NotIssued notIssued ->
                messageKey.set("invoice.failed." + notIssued.reason().name());
        }
    }

    /** Prints the PDF of the invoice just issued (background; outcome in {@link #printMessageKeyProperty}). */
    public void printLast() {
        lastIssued
                .get()
                .ifPresent(issued -> PrintRequest.start(
                        executor,
                        services.printing(),
                        issued.symbol() + "-" + issued.number(),
                        () -> java.nio.file.Files.readAllBytes(issued.pdf()),
                        printMessageKey));
    }

    public StringProperty printMessageKeyProperty() {
        return printMessageKey;
    }

    /** Re-reads the upstream state of the invoice just issued (polled while the screen is open). */
    public void pollLastStatus() {
        lastIssued
                .get()
                .ifPresent(issued ->
                        executor.execute(BackgroundTask.of(p -> services.sync().status(issued.invoiceId()))
                                .onSuccess(lastStatus::set)));
    }

    public ObjectProperty<Optional<vn.counterdesk.sync.engine.SyncStatus>> lastStatusProperty() {
        return lastStatus;
    }

    static Optional<BigDecimal> decimal(String text) {
        try {
            // Vietnamese clerks group thousands with '.' or ' ' (120.000): accept both, no decimals in VND.
            String cleaned = text.strip().replace(" ", "").replace(".", "").replace(",", ".");
            return cleaned.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public StringProperty buyerNameProperty() {
        return buyerName;
    }

    public StringProperty buyerIdProperty() {
        return buyerId;
    }

    public StringProperty buyerAddressProperty() {
        return buyerAddress;
    }

    public BooleanProperty addressConsentProperty() {
        return addressConsent;
    }

    public StringProperty itemProperty() {
        return input.item();
    }

    public StringProperty unitProperty() {
        return input.unit();
    }

    public StringProperty quantityProperty() {
        return input.quantity();
    }

    public StringProperty priceProperty() {
        return input.price();
    }

    public ObjectProperty<TaxRate> rateProperty() {
        return input.rate();
    }

    LineEntry.Fields lineFields() {
        return input.fields();
    }

    public ObservableList<InvoiceDraft.Line> lines() {
        return lines;
    }

    public ObjectProperty<DraftTotals> totalsProperty() {
        return totals;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageKeyProperty() {
        return messageKey;
    }

    public ObjectProperty<Optional<IssueResult.Issued>> lastIssuedProperty() {
        return lastIssued;
    }
}
