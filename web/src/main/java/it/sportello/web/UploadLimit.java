package it.sportello.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form whose files exceed the container's multipart limits (web.xml: far above the application's
 * own, which the pages say next to their fields with everything typed kept) cannot be read by any
 * page. It is recognised here, before a page tries, and answered with the "File troppo grandi"
 * page, which says the limits and that going back finds what was typed, instead of the error page.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                request.getParts();
            } catch (IllegalStateException overLimit) {
                // what the servlet specification says getParts throws for a part or request over the limits
                throw new TooLarge(overLimit);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Files over the container's limits; web.xml maps it to the "File troppo grandi" page. Not a
     * ServletException: the error page is chosen for the exception after unwrapping those.
     */
    public static class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLarge(Throwable cause) {
            super("The request's files exceed the container's multipart limits", cause);
        }
    }
}
