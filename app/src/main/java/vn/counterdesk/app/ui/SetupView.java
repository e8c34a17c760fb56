package vn.counterdesk.app.ui;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import vn.counterdesk.app.session.ClerkSession;

/** First start, no account yet: the administrator's account is created here (then the settings follow). */
final class SetupView {

    private final Parent root;

    SetupView(SessionViewModel model, I18n i18n, Consumer<ClerkSession> created) {
        Label title = Controls.label(i18n, "setup-title", "setup.title");
        title.getStyleClass().add("card-title");
        Label intro = Controls.label(i18n, "setup-intro", "setup.intro");
        intro.setWrapText(true);
        TextField login = Controls.field(i18n, "setup-login", "signin.login");
        TextField name = Controls.field(i18n, "setup-name", "setup.name");
        PasswordField password = SessionForms.password(i18n, "setup-password", "signin.password");
        PasswordField repeat = SessionForms.password(i18n, "setup-repeat", "setup.repeat");
        Button create = Controls.button(
                i18n,
                "setup-create",
                "setup.create",
                () -> model.createAdmin(
                        login.getText(),
                        name.getText(),
                        SessionForms.take(password),
                        SessionForms.take(repeat),
                        created));
        create.getStyleClass().add("primary");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.busyProperty());
        root = SessionForms.centred(
                "setup-screen",
                title,
                intro,
                login,
                name,
                password,
                repeat,
                create,
                SessionForms.message(i18n, "setup-message", model.messageProperty()));
    }

    Parent root() {
        return root;
    }
}
