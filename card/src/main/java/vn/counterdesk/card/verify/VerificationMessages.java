package vn.counterdesk.card.verify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders a {@link Check}'s reason in the clerk's language (Vietnamese or English). */
public final class VerificationMessages {

    private static final String BUNDLE = "vn.counterdesk.card.verify.messages";

    private VerificationMessages() {}

    public static String render(Check check, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(check.messageKey());
        } catch (MissingResourceException e) {
            return check.messageKey() + " " + check.arguments();
        }
        return new MessageFormat(pattern, locale).format(check.arguments().toArray());
    }

    static boolean hasKey(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).containsKey(key);
    }
}
