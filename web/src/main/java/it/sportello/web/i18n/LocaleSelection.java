package it.sportello.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The language the visitor reads the desk in. Italian first, whatever the browser says: the
 * municipality writes in Italian and the translations follow it. English and German are chosen
 * explicitly with the language switch, and the choice is kept in the session. A visitor who never
 * chooses gets no session for it, so that reading the public pages costs the server nothing.
 */
@Named
@RequestScoped
public class LocaleSelection {

    public static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN);

    static final String ATTRIBUTE = LocaleSelection.class.getName();

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return of(request.getSession(false));
    }

    /** The language chosen in the session, Italian when none was (or there is no session). */
    static Locale of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Locale chosen ? chosen : Locale.ITALIAN;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * The page being read with its view parameters (the service of a card, the words of a
     * search), URL-encoded, for the language switch to come back to the same page. Only the
     * parameters the page declares are kept, so nothing else a link carried is echoed back.
     */
    public String getReturnPath() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        String path = "/";
        if (faces != null && faces.getViewRoot() != null) {
            String viewId = faces.getViewRoot().getViewId();
            String url = faces.getApplication().getViewHandler()
                    .getBookmarkableURL(faces, viewId, java.util.Map.of(), true);
            String context = faces.getExternalContext().getRequestContextPath();
            path = url.startsWith(context) ? url.substring(context.length()) : viewId;
        }
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to the given language when it is one of the supported ones. */
    public boolean select(String language) {
        Optional<Locale> chosen = supported(language);
        chosen.ifPresent(locale -> request.getSession().setAttribute(ATTRIBUTE, locale));
        return chosen.isPresent();
    }

    public static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(candidate -> candidate.getLanguage().equals(language)).findFirst();
    }
}
