package vn.counterdesk.app;

import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing text in Vietnamese and English. */
public final class Messages {

    private static final String BUNDLE = "vn.counterdesk.app.messages";

    private Messages() {}

    /** Vietnamese when the locale asks for it, English otherwise. */
    public static ResourceBundle bundle(Locale locale) {
        Locale effective = "vi".equals(locale.getLanguage()) ? Locale.of("vi") : Locale.ENGLISH;
        return ResourceBundle.getBundle(
                BUNDLE,
                effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
