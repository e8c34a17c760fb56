package vn.counterdesk.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;

/** Small factories so every control gets its id, bound text and accessible name the same way. */
final class Controls {

    private Controls() {}

    static Label label(I18n i18n, String id, String key) {
        Label label = new Label();
        label.setId(id);
        bind(i18n, label, key);
        return label;
    }

    static Button button(I18n i18n, String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        bind(i18n, button, key);
        button.setOnAction(e -> action.run());
        return button;
    }

    static TextField field(I18n i18n, String id, String promptKey) {
        return prompted(i18n, new TextField(), id, promptKey);
    }

    /** Gives a text or password field its id, and its prompt as the accessible name. */
    static <T extends TextField> T prompted(I18n i18n, T field, String id, String promptKey) {
        field.setId(id);
        field.promptTextProperty().bind(i18n.text(promptKey));
        field.accessibleTextProperty().bind(i18n.text(promptKey));
        return field;
    }

    static void bind(I18n i18n, Labeled control, String key) {
        control.textProperty().bind(i18n.text(key));
        control.accessibleTextProperty().bind(i18n.text(key));
    }

    static Label styled(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
