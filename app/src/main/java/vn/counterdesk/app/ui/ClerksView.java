package vn.counterdesk.app.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.counterdesk.app.ui.ClerksViewModel.Field;
import vn.counterdesk.store.clerk.ClerkAccount;
import vn.counterdesk.store.clerk.Role;

/** The admin's "Clerks" tab: the accounts table, what can be done to the selected account, and the add form. */
final class ClerksView {

    private final VBox root;

    ClerksView(ClerksViewModel model, I18n i18n) {
        TableView<ClerkAccount> table = new TableView<>(model.accounts());
        table.setId("clerks-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(240);
        table.getColumns()
                .addAll(
                        column(i18n, "clerks.column.login", a -> a.clerk().login()),
                        column(i18n, "clerks.column.name", a -> a.clerk().displayName()),
                        column(
                                i18n,
                                "clerks.column.role",
                                a -> roleName(i18n, a.clerk().role())),
                        column(
                                i18n,
                                "clerks.column.status",
                                a -> i18n.get(a.active() ? "clerks.status.active" : "clerks.status.disabled")));
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        var selected = table.getSelectionModel().selectedItemProperty();
        keepSelectionAcrossReloads(table);
        var nothingSelected = selected.isNull().or(model.busyProperty());

        ComboBox<Role> newRole = roles(i18n, "clerks-change-role-choice", "clerks.column.role");
        Button changeRole = Controls.button(i18n, "clerks-change-role", "clerks.changeRole", () -> {
            if (newRole.getValue() != null) {
                model.changeRole(selected.get(), newRole.getValue());
            }
        });
        changeRole
                .disableProperty()
                .bind(nothingSelected.or(newRole.valueProperty().isNull()));
        selected.addListener((obs, old, now) ->
                newRole.setValue(now == null ? null : now.clerk().role()));

        PasswordField resetPassword = SessionForms.password(i18n, "clerks-reset-password", "clerks.newPassword");
        PasswordField resetRepeat = SessionForms.password(i18n, "clerks-reset-repeat", "setup.repeat");
        Button reset = Controls.button(
                i18n,
                "clerks-reset",
                "clerks.resetPassword",
                () -> model.resetPassword(
                        selected.get(), SessionForms.take(resetPassword), SessionForms.take(resetRepeat)));
        reset.disableProperty().bind(nothingSelected);

        Button toggle = new Button();
        toggle.setId("clerks-toggle-active");
        toggle.textProperty()
                .bind(i18n.text(Bindings.createStringBinding(
                        () -> selected.get() != null && !selected.get().active() ? "clerks.enable" : "clerks.disable",
                        selected)));
        toggle.accessibleTextProperty().bind(toggle.textProperty());
        toggle.setOnAction(e -> model.setActive(selected.get(), !selected.get().active()));
        toggle.disableProperty().bind(nothingSelected);

        Label selectedLabel = new Label();
        selectedLabel.setId("clerks-selected");
        selectedLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> selected.get() == null
                                ? i18n.get("clerks.selectHint")
                                : i18n.format(
                                        "clerks.selected",
                                        selected.get().clerk().login()),
                        selected,
                        i18n.localeProperty()));

        TextField login = Controls.field(i18n, "clerks-login", "signin.login");
        TextField name = Controls.field(i18n, "clerks-name", "setup.name");
        ComboBox<Role> role = roles(i18n, "clerks-role", "clerks.column.role");
        PasswordField password = SessionForms.password(i18n, "clerks-password", "signin.password");
        PasswordField repeat = SessionForms.password(i18n, "clerks-repeat", "setup.repeat");
        Button add = Controls.button(
                i18n,
                "clerks-add",
                "clerks.add",
                () -> model.add(
                        login.getText(),
                        name.getText(),
                        Optional.ofNullable(role.getValue()),
                        SessionForms.take(password),
                        SessionForms.take(repeat)));
        add.getStyleClass().add("primary");
        add.disableProperty().bind(model.busyProperty());

        Map<Field, Control> byField = Map.of(
                Field.LOGIN, login,
                Field.NAME, name,
                Field.ROLE, role,
                Field.PASSWORD, password,
                Field.REPEAT, repeat,
                Field.RESET_PASSWORD, resetPassword,
                Field.RESET_REPEAT, resetRepeat);
        Label message = new Label();
        message.setId("clerks-message");
        message.setWrapText(true);
        message.getStyleClass().add("message");
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.noticeProperty()
                                .get()
                                .map(n -> i18n.format(n.key(), n.arguments()))
                                .orElse(""),
                        model.noticeProperty(),
                        i18n.localeProperty()));
        model.noticeProperty().addListener((obs, old, now) -> {
            byField.values().forEach(control -> control.getStyleClass().remove("invalid"));
            message.getStyleClass().remove("message-error");
            now.filter(ClerksViewModel.Notice::problem).ifPresent(notice -> {
                message.getStyleClass().add("message-error");
                Optional.ofNullable(byField.get(notice.field()))
                        .ifPresent(control -> control.getStyleClass().add("invalid"));
            });
        });

        Label selectedTitle = Controls.label(i18n, "clerks-selected-title", "clerks.selectedTitle");
        selectedTitle.getStyleClass().add("card-title");
        Label addTitle = Controls.label(i18n, "clerks-add-title", "clerks.addTitle");
        addTitle.getStyleClass().add("card-title");
        VBox selectedCard = new VBox(
                8,
                selectedTitle,
                selectedLabel,
                new HBox(8, newRole, changeRole),
                new HBox(8, resetPassword, resetRepeat, reset),
                toggle);
        selectedCard.getStyleClass().add("card");
        VBox addCard = new VBox(8, addTitle, new HBox(8, login, name, role), new HBox(8, password, repeat, add));
        addCard.getStyleClass().add("card");
        root = new VBox(10, table, message, selectedCard, addCard);
        root.setId("clerks-screen");
        root.setStyle("-fx-padding: 10;");
    }

    Parent root() {
        return root;
    }

    /** A change reloads the list: the same login stays selected, so the admin can go on with that account. */
    private static void keepSelectionAcrossReloads(TableView<ClerkAccount> table) {
        String[] lastLogin = {""};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lastLogin[0] = now.clerk().login();
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<ClerkAccount>)
                change -> table.getItems().stream()
                        .filter(account -> account.clerk().login().equals(lastLogin[0]))
                        .findFirst()
                        .ifPresent(account -> table.getSelectionModel().select(account)));
    }

    private static TableColumn<ClerkAccount, String> column(
            I18n i18n, String key, Function<ClerkAccount, String> value) {
        TableColumn<ClerkAccount, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private static ComboBox<Role> roles(I18n i18n, String id, String promptKey) {
        ComboBox<Role> box = new ComboBox<>();
        box.getItems().setAll(Role.values());
        box.setId(id);
        box.promptTextProperty().bind(i18n.text(promptKey));
        box.accessibleTextProperty().bind(i18n.text(promptKey));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : roleName(i18n, role);
            }

            @Override
            public Role fromString(String text) {
                throw new UnsupportedOperationException("the role box is not editable");
            }
        });
        return box;
    }

    private static String roleName(I18n i18n, Role role) {
        return i18n.get("clerks.role." + role.name());
    }
}
