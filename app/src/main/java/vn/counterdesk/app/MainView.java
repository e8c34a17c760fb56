package vn.counterdesk.app;

import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/** The main layout: a header, the reader panel, and a status line. */
final class MainView {

    private final ResourceBundle messages;
    private final BorderPane root = new BorderPane();
    private final ObservableList<String> readerNames = FXCollections.observableArrayList();
    private final Label readerStatus = new Label();

    MainView(ResourceBundle messages, boolean demo) {
        this.messages = messages;
        Label title = new Label(messages.getString("app.title"));
        title.setId("app-title");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        VBox header = new VBox(4, title);
        if (demo) {
            Label banner = new Label(messages.getString("demo.banner"));
            banner.setId("demo-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setStyle("-fx-background-color: #fff3cd; -fx-padding: 6; -fx-text-fill: #664d03;");
            header.getChildren().add(banner);
        }
        header.setPadding(new Insets(12));

        Label readersHeading = new Label(messages.getString("readers.heading"));
        readersHeading.setStyle("-fx-font-weight: bold;");
        ListView<String> readerList = new ListView<>(readerNames);
        readerList.setId("reader-list");
        readerList.setAccessibleText(messages.getString("readers.heading"));
        Button refresh = new Button(messages.getString("readers.refresh"));
        refresh.setId("refresh-readers");
        refresh.setOnAction(e -> refreshReaders());
        readerStatus.setId("reader-status");
        readerStatus.setWrapText(true);
        VBox readerPanel = new VBox(8, readersHeading, readerList, new HBox(8, refresh), readerStatus);
        VBox.setVgrow(readerList, Priority.ALWAYS);
        readerPanel.setPadding(new Insets(12));

        root.setTop(header);
        root.setCenter(readerPanel);
    }

    BorderPane root() {
        return root;
    }

    /** Asks PC/SC off the FX thread: a stuck service must never freeze the window. */
    void refreshReaders() {
        readerStatus.setText(messages.getString("readers.checking"));
        CompletableFuture.supplyAsync(PcscReaders::snapshot)
                .thenAccept(snapshot -> Platform.runLater(() -> show(snapshot)));
    }

    private void show(ReaderSnapshot snapshot) {
        switch (snapshot) {
            case ReaderSnapshot.Available available -> {
                readerNames.setAll(available.readers().stream()
                        .map(r -> r.name() + (r.cardPresent() ? " — " + messages.getString("readers.cardPresent") : ""))
                        .toList());
                readerStatus.setText(
                        available.readers().isEmpty()
                                ? messages.getString("readers.none")
                                : String.format(
                                        messages.getString("readers.count"),
                                        available.readers().size()));
            }
            case ReaderSnapshot.Unavailable unavailable -> {
                readerNames.clear();
                readerStatus.setText(
                        switch (unavailable.problem()) {
                            case LIBRARY_MISSING -> messages.getString("pcsc.libraryMissing");
                            case SERVICE_NOT_RUNNING -> messages.getString("pcsc.serviceDown");
                            case NATIVE_ACCESS_DENIED, UNSUPPORTED_PLATFORM, SERVICE_FAILED ->
                                unavailable.problem().userMessage();
                        });
            }
        }
    }
}
