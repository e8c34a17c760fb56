package vn.counterdesk.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import vn.counterdesk.app.demo.DemoCard;
import vn.counterdesk.app.demo.DemoReader;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;

/** Demo mode only: choose a persona card, put it on the in-process reader, pull it off. */
final class DemoBar {

    private final HBox root = new HBox();
    private final ObjectProperty<java.util.Optional<DemoCard>> inSlot =
            new SimpleObjectProperty<>(java.util.Optional.empty());

    DemoBar(DemoReader reader, TaskExecutor executor, I18n i18n) {
        root.getStyleClass().add("demo-bar");
        ComboBox<DemoCard> choice = new ComboBox<>(FXCollections.observableList(DemoCard.shipped()));
        choice.setId("demo-card-choice");
        choice.accessibleTextProperty().bind(i18n.text("demo.reader"));
        choice.getSelectionModel().selectFirst();
        StringConverter<DemoCard> names = new StringConverter<>() {
            @Override
            public String toString(DemoCard card) {
                return card == null ? "" : i18n.get(card.key());
            }

            @Override
            public DemoCard fromString(String text) {
                return null;
            }
        };
        choice.setConverter(names);
        // Re-label the chooser when the language changes.
        i18n.localeProperty().addListener((obs, old, now) -> {
            choice.setConverter(null);
            choice.setConverter(names);
        });
        Button insert = Controls.button(i18n, "demo-insert", "demo.insert", () -> {
            DemoCard card = choice.getValue();
            // Generating a card signs its security object: not on the FX thread.
            executor.execute(BackgroundTask.of(p -> {
                        reader.insert(card);
                        return card;
                    })
                    .onSuccess(c -> inSlot.set(java.util.Optional.of(c))));
        });
        insert.getStyleClass().add("primary");
        Button remove = Controls.button(i18n, "demo-remove", "demo.remove", () -> {
            reader.remove();
            inSlot.set(java.util.Optional.empty());
        });
        Label slot = new Label();
        slot.setId("demo-slot");
        slot.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> inSlot.get()
                                .map(card -> i18n.format("demo.slot.card", i18n.get(card.key())))
                                .orElse(i18n.get("demo.slot.empty")),
                        inSlot,
                        i18n.localeProperty()));
        root.setSpacing(8);
        root.getChildren()
                .addAll(Controls.label(i18n, "demo-reader-label", "demo.reader"), choice, insert, remove, slot);
    }

    Node root() {
        return root;
    }
}
