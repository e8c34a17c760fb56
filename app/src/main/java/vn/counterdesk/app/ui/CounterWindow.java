package vn.counterdesk.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.store.audit.AccessContext;

/**
 * The main window: header (title, language, demo banner and demo reader), and the tabs Counter (read →
 * identity → new invoice) and Invoices (list, search, sync status). Builds views on view models only.
 */
public final class CounterWindow {

    public static final String STYLESHEET = "/vn/counterdesk/app/counterdesk.css";

    private final BorderPane root = new BorderPane();
    private final ReadCardViewModel read;
    private final InvoiceFormViewModel invoice;
    private final InvoiceListViewModel list;
    private final ReadView readView;
    private final InvoiceFormView invoiceView;
    private final InvoiceListView listView;
    private final TabPane tabs = new TabPane();
    private final Tab counterTab = new Tab();
    private final Tab invoicesTab = new Tab();
    private final Tab diagnosisTab = new Tab();
    private final Tab syncTab = new Tab();
    private final InvoiceDetailViewModel detail;
    private final SyncPanelViewModel syncPanel;
    // Who may replace or adjust invoices; the sign-in narrows it to managers (part A wires the roles).
    private volatile Predicate<AccessContext> mayCorrect = clerk -> true;
    private final Timeline poll;
    private final HBox header;
    private final java.util.Map<KeyCombination, Runnable> shortcuts = new java.util.LinkedHashMap<>();

    public CounterWindow(
            CounterServices services,
            TaskExecutor executor,
            I18n i18n,
            AccessContext clerk,
            boolean demo,
            Consumer<Path> openFile) {
        read = new ReadCardViewModel(services, executor, clerk);
        invoice = new InvoiceFormViewModel(services, executor, clerk);
        list = new InvoiceListViewModel(services, executor, clerk);
        detail = new InvoiceDetailViewModel(services, executor, clerk, c -> mayCorrect.test(c), openFile);
        syncPanel = new SyncPanelViewModel(services, executor, clerk);

        Button newInvoice = Controls.button(i18n, "new-invoice", "invoice.new", this::newInvoice);
        readView = new ReadView(read, i18n, newInvoice);
        invoiceView = new InvoiceFormView(invoice, i18n, openFile);
        listView = new InvoiceListView(list, i18n);
        // Another person's card: the form must not keep the previous buyer on screen.
        read.identityProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                invoice.startFor(java.util.Optional.empty());
            }
        });
        invoice.onIssued(() -> {
            list.refresh();
            read.identityProperty()
                    .get()
                    .ifPresent(r -> read.loadHistory(r.document().idNumber()));
        });

        Label title = Controls.label(i18n, "app-title", "app.title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button language = Controls.button(i18n, "language-toggle", "language.toggle", i18n::toggle);
        language.accessibleTextProperty().bind(i18n.text("language.accessible"));
        header = new HBox(title, spacer, language);
        header.getStyleClass().add("header");
        VBox top = new VBox(header);
        if (demo) {
            Label banner = Controls.label(i18n, "demo-banner", "demo.banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().add(banner);
            services.demoReader()
                    .ifPresent(reader -> top.getChildren().add(new DemoBar(reader, executor, i18n).root()));
        }

        ScrollPane left = new ScrollPane(readView.root());
        left.setFitToWidth(true);
        left.setMinWidth(520);
        left.setPrefWidth(560);
        ScrollPane right = new ScrollPane(invoiceView.root());
        right.setFitToWidth(true);
        HBox counter = new HBox(10, left, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        counter.setStyle("-fx-padding: 10;");
        counterTab.setContent(counter);
        counterTab.textProperty().bind(i18n.text("tab.counter"));
        counterTab.setClosable(false);
        counterTab.setId("tab-counter");
        VBox invoices = new VBox(listView.root());
        VBox.setVgrow(listView.root(), Priority.ALWAYS);
        invoices.setStyle("-fx-padding: 10;");
        invoicesTab.textProperty().bind(i18n.text("tab.invoices"));
        invoicesTab.setClosable(false);
        invoicesTab.setId("tab-invoices");
        InvoiceDetailView detailView = new InvoiceDetailView(detail, i18n);
        listView.onOpen(row -> detail.open(row.invoice().invoiceId()));
        detail.onCorrectionIssued(list::refresh);
        SplitPane invoicesSplit = new SplitPane(invoices, detailView.root());
        invoicesSplit.setDividerPositions(0.36);
        invoicesTab.setContent(invoicesSplit);
        SyncPanelView syncView = new SyncPanelView(syncPanel, i18n);
        VBox syncPane = new VBox(syncView.root());
        VBox.setVgrow(syncView.root(), Priority.ALWAYS);
        syncPane.setStyle("-fx-padding: 10;");
        syncTab.setContent(syncPane);
        syncTab.textProperty().bind(i18n.text("syncpanel.tab"));
        syncTab.setClosable(false);
        syncTab.setId("tab-sync");
        DiagnosisView diagnosis = new DiagnosisView(services, executor, i18n);
        VBox diagnosisPane = new VBox(diagnosis.root());
        diagnosisPane.setStyle("-fx-padding: 10;");
        diagnosisTab.setContent(diagnosisPane);
        diagnosisTab.textProperty().bind(i18n.text("tab.diagnosis"));
        diagnosisTab.setClosable(false);
        diagnosisTab.setId("tab-diagnosis");
        tabs.getTabs().setAll(counterTab, invoicesTab, syncTab, diagnosisTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == invoicesTab) {
                list.refresh();
            } else if (now == syncTab) {
                syncPanel.refresh();
            } else if (now == diagnosisTab) {
                diagnosis.refresh();
            }
        });

        root.setTop(top);
        root.setCenter(tabs);
        // The upstream answers on its own time: re-read the sync states every second (queue only).
        poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            invoice.pollLastStatus();
            list.pollStatuses();
            if (tabs.getSelectionModel().getSelectedItem() == syncTab) {
                syncPanel.refresh();
            }
            reloadDetailWhenItsStatusMoved();
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    public Parent root() {
        return root;
    }

    /** A scene with the theme and the keyboard shortcuts of the counter. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(CounterWindow.class.getResource(STYLESHEET).toExternalForm());
        install(scene);
        return scene;
    }

    /** Puts the counter's keyboard shortcuts on {@code scene} and starts following the sync states. */
    public void install(Scene scene) {
        if (shortcuts.isEmpty()) {
            shortcuts.put(new KeyCodeCombination(KeyCode.F2), () -> {
                tabs.getSelectionModel().select(counterTab);
                if (read.keyTextProperty().get().isBlank()) {
                    readView.focusKey();
                } else {
                    read.readNow();
                }
            });
            shortcuts.put(new KeyCodeCombination(KeyCode.ESCAPE), read::cancel);
            shortcuts.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newInvoice);
            shortcuts.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), invoice::issue);
            shortcuts.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                tabs.getSelectionModel().select(invoicesTab);
                listView.focusSearch();
            });
        }
        scene.getAccelerators().putAll(shortcuts);
        poll.play();
        list.refresh();
    }

    /** Takes the shortcuts off again (locked or signed out: no key may act on the hidden counter). */
    public void uninstall(Scene scene) {
        shortcuts.keySet().forEach(scene.getAccelerators()::remove);
    }

    /** A screen of its own after the built-in tabs (e.g. settings for an admin). */
    public void addTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /** Controls in the header before the language switch (signed-in clerk, lock, sign out). */
    public void addToHeader(javafx.scene.Node... nodes) {
        header.getChildren().addAll(header.getChildren().size() - 1, java.util.List.of(nodes));
    }

    /** The invoice detail's view model (tests observe what it shows). */
    InvoiceDetailViewModel detailModel() {
        return detail;
    }

    /** Narrows who may replace or adjust invoices (the manager role, decided by the sign-in). */
    public void allowCorrections(Predicate<AccessContext> rule) {
        this.mayCorrect = rule;
    }

    /** Whether this clerk may retry failing invoices from the sync panel (a manager's action). */
    public void allowSyncRetry(boolean allowed) {
        syncPanel.retryAllowedProperty().set(allowed);
    }

    private void reloadDetailWhenItsStatusMoved() {
        detail.loadedProperty().get().ifPresent(shown -> {
            long id = shown.detail().invoiceId();
            var before = shown.detail().sync().map(s -> s.status());
            var now = list.statusOf(id);
            if (now.isPresent() && !now.equals(before) && !detail.busyProperty().get()) {
                detail.reload();
            }
        });
    }

    public void stop() {
        poll.stop();
    }

    private void newInvoice() {
        tabs.getSelectionModel().select(counterTab);
        // A tampered or cloned card does not identify a buyer: the form starts empty.
        invoice.startFor(read.identityProperty()
                .get()
                .filter(r -> !r.verification().verdict().isFailure()));
        invoiceView.focusFirstLine();
    }
}
