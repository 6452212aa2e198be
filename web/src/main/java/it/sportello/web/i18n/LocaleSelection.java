package it.sportello.web.i18n;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language the visitor reads the desk in. Italian first, whatever the browser says: the
 * municipality writes in Italian and the translations follow it. English and German are chosen
 * explicitly with the language switch, and the choice is kept in a cookie of the browser's, not in
 * a session: reading the public pages in any language costs the server no session, and the choice
 * holds on every node of a cluster.
 */
@Named
@RequestScoped
public class LocaleSelection {

    public static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN);

    /** The cookie that keeps the choice: the language's code, for a year. */
    public static final String COOKIE = "lingua";

    static final int COOKIE_AGE = (int) Duration.ofDays(365).toSeconds();

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return of(request.getCookies());
    }

    /** The language chosen with the cookie, Italian when none was (or the cookie says something else). */
    public static Locale of(Cookie... cookies) {
        return Stream.ofNullable(cookies)
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .map(LocaleSelection::supported)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Locale.ITALIAN);
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
            String url =
                    faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, java.util.Map.of(), true);
            String context = faces.getExternalContext().getRequestContextPath();
            path = url.startsWith(context) ? url.substring(context.length()) : viewId;
        }
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to the given language when it is one of the supported ones: the cookie goes with the response. */
    public boolean select(String language, HttpServletResponse response) {
        Optional<Locale> chosen = supported(language);
        chosen.ifPresent(locale -> {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(COOKIE_AGE);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        return chosen.isPresent();
    }

    public static Optional<Locale> supported(String language) {
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(language))
                .findFirst();
    }
}
