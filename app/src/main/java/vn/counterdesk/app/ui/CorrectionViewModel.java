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
import vn.counterdesk.app.service.CorrectionRequest;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.InvoiceDetail;
import vn.counterdesk.app.service.InvoiceDraft;
import vn.counterdesk.app.service.IssueResult;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.LineNature;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.store.audit.AccessContext;

/**
 * A replacement or adjustment of one coded invoice. A replacement starts with the original's lines (the
 * clerk corrects them); an adjustment starts empty and takes the differences, negative to decrease
 * (einvoice.md §9.5). The buyer is the original's. Issued through the normal issuer with the reference.
 */
public final class CorrectionViewModel {

    private final CounterServices services;
    private final TaskExecutor executor;
    private final AccessContext clerk;
    private final InvoiceDetail original;
    private final RelatedInvoice.Relation relation;
    private final StringProperty reason = new SimpleStringProperty("");
    private final LineInput input = new LineInput();
    private final ObservableList<InvoiceDraft.Line> lines = FXCollections.observableArrayList();
    private final StringProperty messageKey = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Optional<IssueResult.Issued>> issued = new SimpleObjectProperty<>(Optional.empty());
    private Runnable afterIssue = () -> {};

    CorrectionViewModel(
            CounterServices services,
            TaskExecutor executor,
            AccessContext clerk,
            InvoiceDetail original,
            RelatedInvoice.Relation relation) {
        this.services = services;
        this.executor = executor;
        this.clerk = clerk;
        this.original = original;
        this.relation = relation;
        if (relation == RelatedInvoice.Relation.REPLACEMENT) {
            lines.setAll(linesOf(original.invoice()));
        }
    }

    /** The goods lines of an invoice as editable draft lines (notes, discounts and promotions are not copied). */
    static List<InvoiceDraft.Line> linesOf(Invoice invoice) {
        return invoice.lines().stream()
                .filter(l -> l.nature() == LineNature.GOODS_OR_SERVICE)
                .filter(l -> l.quantity().isPresent()
                        && l.unitPrice().isPresent()
                        && l.taxRate().isPresent())
                .map(CorrectionViewModel::draftLine)
                .toList();
    }

    private static InvoiceDraft.Line draftLine(LineItem line) {
        return new InvoiceDraft.Line(
                line.name(),
                line.unit().orElse(""),
                line.quantity().orElseThrow(),
                line.unitPrice().orElseThrow(),
                line.taxRate().orElseThrow());
    }

    /**
     * Adds the typed line. An adjustment takes a negative quantity or price to decrease; a replacement's
     * lines are ordinary (positive) lines.
     */
    public boolean addLine() {
        return input.addTo(
                lines,
                relation == RelatedInvoice.Relation.ADJUSTMENT ? LineInput.Amounts.SIGNED : LineInput.Amounts.ORDINARY,
                messageKey,
                "adjust.badLine");
    }

    public void removeLine(int index) {
        LineInput.remove(lines, index);
    }

    public void issue() {
        if (busy.get() || issued.get().isPresent()) {
            return;
        }
        if (reason.get().isBlank()) {
            messageKey.set("adjust.failed.NO_REASON");
            return;
        }
        if (lines.isEmpty()) {
            messageKey.set("adjust.failed.NO_LINES");
            return;
        }
        Invoice invoice = original.invoice();
        CorrectionRequest request = new CorrectionRequest(
                original.invoiceId(),
                relation,
                invoice.general().form(),
                invoice.general().symbol(),
                invoice.general().number().orElse(0L),
                invoice.general().issueDate(),
                reason.get().strip(),
                new InvoiceDraft(
                        invoice.buyer().name().orElse(""),
                        invoice.buyer().idNumber().orElse(""),
                        invoice.buyer().address(),
                        List.copyOf(lines)));
        busy.set(true);
        messageKey.set("adjust.issuing");
        executor.execute(BackgroundTask.of(p -> services.issuer().issueCorrection(clerk, request))
                .onSuccess(result -> {
                    busy.set(false);
                    switch (result) {
                        case IssueResult.Issued done -> {
                            issued.set(Optional.of(done));
                            messageKey.set("adjust.issued");
                            afterIssue.run();
                        }
                        case IssueResult.NotIssued notIssued ->
                            messageKey.set("adjust.failed." + notIssued.reason().name());
                    }
                })
                .onFailure(error -> {
                    busy.set(false);
                    messageKey.set("adjust.failed.ERROR");
                }));
    }

    public void onIssued(Runnable callback) {
        this.afterIssue = callback;
    }

    public RelatedInvoice.Relation relation() {
        return relation;
    }

    public InvoiceDetail original() {
        return original;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    LineEntry.Fields lineFields() {
        return input.fields();
    }

    public ObservableList<InvoiceDraft.Line> lines() {
        return lines;
    }

    public StringProperty messageKeyProperty() {
        return messageKey;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Optional<IssueResult.Issued>> issuedProperty() {
        return issued;
    }
}
