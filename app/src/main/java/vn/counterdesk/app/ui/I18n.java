package vn.counterdesk.app.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import vn.counterdesk.app.Messages;

/**
 * The UI language, switchable at runtime: labels bind to {@link #text}, so changing the locale
 * re-labels the open screen without rebuilding it.
 */
public final class I18n {

    public static final Locale VIETNAMESE = Locale.of("vi");

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();

    public I18n(Locale initial) {
        locale.set("vi".equals(initial.getLanguage()) ? VIETNAMESE : Locale.ENGLISH);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void toggle() {
        locale.set(locale.get().equals(VIETNAMESE) ? Locale.ENGLISH : VIETNAMESE);
    }

    public String get(String key) {
        // Looked up on each call (ResourceBundle caches): bindings re-evaluate in listener order, so
        // a bundle field updated by another listener could still be the old language.
        ResourceBundle bundle = Messages.bundle(locale.get());
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return String.format(locale.get(), get(key), arguments);
    }

    public StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), locale);
    }

    /** Text of a key held in a property (empty key → empty text). */
    public StringBinding text(ObservableValue<String> key) {
        return Bindings.createStringBinding(
                () -> key.getValue() == null || key.getValue().isEmpty() ? "" : get(key.getValue()), key, locale);
    }
}
