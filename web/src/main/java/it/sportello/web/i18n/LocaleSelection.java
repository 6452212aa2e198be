package it.sportello.web.i18n;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The language the visitor reads the desk in. Italian first, whatever the browser says: the
 * municipality writes in Italian and the translations follow it. English and German are chosen
 * explicitly with the language switch.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN);

    private Locale locale = Locale.ITALIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to the given language when it is one of the supported ones. */
    public boolean select(String language) {
        Optional<Locale> chosen = supported(language);
        chosen.ifPresent(value -> locale = value);
        return chosen.isPresent();
    }

    public static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(candidate -> candidate.getLanguage().equals(language)).findFirst();
    }
}
