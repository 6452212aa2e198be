package it.sportello.web.i18n;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;

/**
 * Every view speaks the language the reader chose ({@link LocaleSelection}) from the moment it is
 * created, not the browser's. The templates' {@code f:view locale} sets it only once the page
 * itself is built: the view made to read a page's parameters ({@code f:metadata}) got the locale
 * Faces calculates from the browser's Accept-Language, so a parameter refused there ("?dal=abc")
 * was reported in English to an Italian reader. Registered in faces-config.xml.
 */
public class ReaderLocaleViewHandler extends ViewHandlerWrapper {

    public ReaderLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object cookie = context.getExternalContext().getRequestCookieMap().get(LocaleSelection.COOKIE);
        return LocaleSelection.of(cookie instanceof Cookie chosen ? new Cookie[] {chosen} : null);
    }
}
