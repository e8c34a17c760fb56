package vn.counterdesk.app.ui;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import vn.counterdesk.app.session.ClerkSession;

/** The first screen: clerk id and password (Enter signs in). */
final class SignInView {

    private final Parent root;
    private final TextField login;

    SignInView(SessionViewModel model, I18n i18n, Consumer<ClerkSession> signedIn, javafx.scene.Node... extras) {
        Label title = Controls.label(i18n, "signin-title", "signin.title");
        title.getStyleClass().add("card-title");
        login = Controls.field(i18n, "signin-login", "signin.login");
        PasswordField password = SessionForms.password(i18n, "signin-password", "signin.password");
        Button submit = Controls.button(i18n, "signin-submit", "signin.submit", () -> {});
        submit.getStyleClass().add("primary");
        submit.setDefaultButton(true);
        submit.setOnAction(e -> model.signIn(login.getText(), SessionForms.take(password), signedIn));
        login.disableProperty().bind(model.busyProperty());
        password.disableProperty().bind(model.busyProperty());
        submit.disableProperty().bind(model.busyProperty());
        Label message = SessionForms.message(i18n, "signin-message", model.messageProperty());
        var content =
                new java.util.ArrayList<javafx.scene.Node>(java.util.List.of(title, login, password, submit, message));
        content.addAll(java.util.List.of(extras));
        root = SessionForms.centred("signin-screen", content.toArray(javafx.scene.Node[]::new));
    }

    Parent root() {
        return root;
    }

    void focus() {
        login.requestFocus();
    }
}
