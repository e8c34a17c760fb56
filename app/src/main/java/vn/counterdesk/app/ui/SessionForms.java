package vn.counterdesk.app.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** What the sign-in, set-up and lock screens share: a centred card, a password field and the message line. */
final class SessionForms {

    private SessionForms() {}

    static StackPane centred(String id, Node... content) {
        VBox card = new VBox(10, content);
        card.getStyleClass().addAll("card", "session-card");
        card.setMaxWidth(420);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane pane = new StackPane(card);
        pane.setId(id);
        pane.getStyleClass().add("session-screen");
        StackPane.setAlignment(card, Pos.CENTER);
        return pane;
    }

    static PasswordField password(I18n i18n, String id, String promptKey) {
        return Controls.prompted(i18n, new PasswordField(), id, promptKey);
    }

    static Label message(I18n i18n, String id, ObservableValue<Optional<SessionViewModel.Message>> message) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("message", "message-error");
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> message.getValue()
                                .map(m -> i18n.format(m.key(), m.arguments()))
                                .orElse(""),
                        message,
                        i18n.localeProperty()));
        return label;
    }

    /** Takes the typed password out of the field, so it does not stay on screen (or in the field's text) after use. */
    static char[] take(PasswordField field) {
        char[] password = field.getText().toCharArray();
        field.clear();
        return password;
    }
}
