package it.sportello.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The texts of one bundle in the reader's language, for what the desk writes itself: PDFs,
 * e-mails, files, the iter. Every bundle follows the rule the web bundles follow: a text with
 * parameters ({@code {0}}) is a {@link MessageFormat} pattern and writes an apostrophe as
 * {@code ''}; a text without parameters is written as it reads, with a single {@code '}. The rule
 * is decided by the text, not by the caller: a text is formatted exactly when it has
 * placeholders, whether or not values were passed, so that no reader ever sees {@code ''} or
 * loses an apostrophe.
 *
 * <p>The base file of a bundle is Italian; a language without its own file falls back to it,
 * never to the language of the machine the server runs on.
 */
public final class Texts {

    /** A MessageFormat argument: "{0}", "{1,number}"... */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle (a base name such as {@code it.sportello.payment.control.notice}) in the reader's language, Italian when none. */
    public static Texts of(String baseName, Locale locale) {
        Locale reader = locale == null ? Locale.ITALIAN : locale;
        return new Texts(ResourceBundle.getBundle(baseName, reader, Texts.class.getClassLoader(), NO_FALLBACK), reader);
    }

    /** The text of the key with its values filled in. */
    public String get(String key, Object... values) {
        return format(bundle.getString(key), locale, values);
    }

    /** Whether the bundle has the key (in the reader's language or in Italian). */
    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public Locale locale() {
        return locale;
    }

    /** A text of a bundle as the reader reads it: formatted if it has placeholders, as it is otherwise. */
    public static String format(String text, Locale locale, Object... values) {
        if (!hasPlaceholders(text)) {
            return text;
        }
        return new MessageFormat(text, locale == null ? Locale.ITALIAN : locale)
                .format(values == null ? new Object[0] : values);
    }

    /** Whether the text is a MessageFormat pattern, with {@code ''} for an apostrophe. */
    public static boolean hasPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).find();
    }
}
