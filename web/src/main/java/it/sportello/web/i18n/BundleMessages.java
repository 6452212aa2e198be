package it.sportello.web.i18n;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;

import org.omnifaces.util.Messages;

import it.sportello.platform.i18n.Texts;

/**
 * Makes OmniFaces' {@link Messages} speak through the bundle: pages and the exception handler
 * add a message by its key ({@code Messages.addGlobalError("login.staff.invalid")}) and the reader
 * gets it in their language. A text is formatted exactly when it has placeholders ({@link Texts}),
 * as {@code h:outputFormat} and {@code #{msg[...]}} read the same bundle in the pages.
 */
@ApplicationScoped
public class BundleMessages {

    public static final String BUNDLE = "it.sportello.web.i18n.messages";

    void registerResolver(@Observes @Initialized(ApplicationScoped.class) ServletContext ignored) {
        Messages.setResolver((key, parameters) -> format(key, parameters));
    }

    /** The text of a key in the given language, for what is written outside a Faces request (files, mails). */
    public static String text(java.util.Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of a key with its parameters in the given language, outside a Faces request. */
    public static String text(java.util.Locale locale, String key, Object... parameters) {
        return Texts.format(text(locale, key), locale, parameters);
    }

    /** The text of a key with its parameters in the reader's language, during a Faces request. */
    public static String format(String key, Object... parameters) {
        java.util.Locale locale = readerLocale();
        try {
            return Texts.format(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale, parameters);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The reader's chosen language during a Faces request ({@link LocaleSelection}), asked of the
     * selection itself rather than of the view root, which a message added before the view is
     * built would not find; Italian outside a request.
     */
    public static java.util.Locale readerLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null
                ? faces.getApplication()
                        .evaluateExpressionGet(faces, "#{localeSelection.locale}", java.util.Locale.class)
                : java.util.Locale.ITALIAN;
    }
}
