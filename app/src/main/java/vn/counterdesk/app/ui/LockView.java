package vn.counterdesk.app.ui;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import vn.counterdesk.app.session.ClerkSession;

/**
 * The locked counter. It is a screen of its own, not a curtain over the counter: the counter's nodes are out of
 * the scene while locked, so no name, ID number or photo of the last person can be read from it. Only the clerk
 * who locked can unlock; anyone may sign that clerk out.
 */
final class LockView {

    private final Parent root;
    private final PasswordField password;

    LockView(
            SessionViewModel model, I18n i18n, ClerkSession locked, Consumer<ClerkSession> unlocked, Runnable signOut) {
        Label title = Controls.label(i18n, "lock-title", "lock.title");
        title.getStyleClass().add("card-title");
        Label who = new Label();
        who.setId("lock-clerk");
        who.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> i18n.format(
                                "lock.clerk",
                                locked.clerk().displayName(),
                                locked.clerk().login()),
                        i18n.localeProperty()));
        password = SessionForms.password(i18n, "lock-password", "signin.password");
        Button unlock = Controls.button(i18n, "lock-unlock", "lock.unlock", () -> {});
        unlock.setOnAction(e -> model.unlock(locked, SessionForms.take(password), unlocked));
        unlock.getStyleClass().add("primary");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty());
        Button out = Controls.button(i18n, "lock-signout", "lock.signOut", signOut);
        root = SessionForms.centred(
                "lock-screen",
                title,
                who,
                password,
                new HBox(8, unlock, out),
                SessionForms.message(i18n, "lock-message", model.messageProperty()));
    }

    Parent root() {
        return root;
    }

    void focus() {
        password.requestFocus();
    }
}
