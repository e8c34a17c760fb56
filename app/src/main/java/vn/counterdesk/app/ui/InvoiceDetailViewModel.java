package vn.counterdesk.app.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.InvoiceDetail;
import vn.counterdesk.app.service.PdfPreview;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.Correction;
import vn.counterdesk.sync.engine.SyncStatus;

/**
 * One invoice opened from the list: its content, sync history and PDF (rendered and previewed off the FX
 * thread), with Save PDF, Print, Open XML location, and the start of a replacement or adjustment.
 */
public final class InvoiceDetailViewModel {

    private static final float PREVIEW_DPI = 80f;

    /** What a loaded detail brings: the invoice, its PDF and the first page as an image. */
    public record Loaded(InvoiceDetail detail, byte[] pdf, BufferedImage preview) {}

    private final CounterServices services;
    private final TaskExecutor executor;
    private final AccessContext clerk;
    private final Predicate<AccessContext> mayCorrect;
    private final Consumer<Path> openFile;
    private final ObjectProperty<Optional<Loaded>> loaded = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty messageKey = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Consumer<CorrectionViewModel> onCorrection = correction -> {};
    private Runnable afterCorrection = () -> {};
    private long requested = -1;

    /**
     * @param mayCorrect whether the signed-in user may replace or adjust invoices (the manager role; the
     *     sign-in decides)
     */
    public InvoiceDetailViewModel(
            CounterServices services,
            TaskExecutor executor,
            AccessContext clerk,
            Predicate<AccessContext> mayCorrect,
            Consumer<Path> openFile) {
        this.services = services;
        this.executor = executor;
        this.clerk = clerk;
        this.mayCorrect = mayCorrect;
        this.openFile = openFile;
    }

    /** Loads the invoice in the background; a later {@code open} wins over an earlier one still loading. */
    public void open(long invoiceId) {
        requested = invoiceId;
        busy.set(true);
        messageKey.set("detail.loading");
        executor.execute(BackgroundTask.of(p -> services.invoiceDetail(clerk, invoiceId)
                        .map(detail -> {
                            try {
                                byte[] pdf = services.pdfOf(detail);
                                return new Loaded(detail, pdf, PdfPreview.firstPage(pdf, PREVIEW_DPI));
                            } catch (Exception e) {
                                throw new IllegalStateException(e.getClass().getSimpleName());
                            }
                        }))
                .onSuccess(result -> {
                    if (requested != invoiceId) {
                        return;
                    }
                    busy.set(false);
                    loaded.set(result);
                    messageKey.set(result.isPresent() ? "" : "detail.notFound");
                })
                .onFailure(error -> {
                    busy.set(false);
                    messageKey.set("detail.failed");
                }));
    }

    /** Re-reads the open invoice (e.g. its sync state moved on, or it was just corrected). */
    public void reload() {
        loaded.get().ifPresent(l -> open(l.detail().invoiceId()));
    }

    public void print() {
        loaded.get()
                .ifPresent(l -> PrintRequest.start(
                        executor, services.printing(), l.detail().fileStem(), l::pdf, messageKey));
    }

    /** Writes the PDF where the clerk chose. */
    public void savePdf(Path target) {
        loaded.get()
                .ifPresent(l -> executor.execute(BackgroundTask.of(p -> Files.write(target, l.pdf()))
                        .onSuccess(file -> messageKey.set("detail.saved"))
                        .onFailure(error -> messageKey.set("detail.saveFailed"))));
    }

    /** Writes the legal XML beside the PDF copies and opens that folder. */
    public void openXmlLocation() {
        loaded.get()
                .ifPresent(l -> executor.execute(BackgroundTask.of(p -> services.exportXml(l.detail()))
                        .onSuccess(file -> openFile.accept(file.getParent()))
                        .onFailure(error -> messageKey.set("detail.saveFailed"))));
    }

    /**
     * Whether {@code relation} may be started now: the user has the right, the invoice is CODED (only a
     * coded invoice is known to the authority), and it was not already replaced (a replaced invoice is
     * closed; further adjustments of an adjusted one stay possible, by the same method, §9.5).
     */
    public boolean canStart(RelatedInvoice.Relation relation) {
        if (!mayCorrect.test(clerk) || loaded.get().isEmpty()) {
            return false;
        }
        InvoiceDetail detail = loaded.get().get().detail();
        boolean coded = detail.sync().map(s -> s.status() == SyncStatus.CODED).orElse(false);
        boolean replaced = detail.correctedBy().stream().anyMatch(c -> c.kind() == Correction.Kind.REPLACED);
        boolean adjusted = detail.correctedBy().stream().anyMatch(c -> c.kind() == Correction.Kind.ADJUSTED);
        boolean sameMethod = relation == RelatedInvoice.Relation.ADJUSTMENT ? !replaced : !adjusted;
        return coded && !replaced && sameMethod;
    }

    /** Starts a replacement or adjustment pre-filled from this invoice; the view shows its form. */
    public void startCorrection(RelatedInvoice.Relation relation) {
        if (!canStart(relation)) {
            messageKey.set("adjust.notAllowed");
            return;
        }
        CorrectionViewModel correction = new CorrectionViewModel(
                services, executor, clerk, loaded.get().get().detail(), relation);
        correction.onIssued(() -> {
            reload();
            afterCorrection.run();
        });
        onCorrection.accept(correction);
    }

    /** Called after a replacement or adjustment was issued (the list then shows the original's new state). */
    public void onCorrectionIssued(Runnable callback) {
        this.afterCorrection = callback;
    }

    public void onCorrection(Consumer<CorrectionViewModel> callback) {
        this.onCorrection = callback;
    }

    public ObjectProperty<Optional<Loaded>> loadedProperty() {
        return loaded;
    }

    public StringProperty messageKeyProperty() {
        return messageKey;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
