package it.sportello.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How long browsers and proxies keep the files every page loads. A URL that names its version
 * never changes content: the webjars carry theirs in the path ({@code /webjars/bootstrap-italia/2.x/...}),
 * the application's own files in {@code ?v=} (the build's, the context parameter
 * {@value #VERSION_PARAMETER}, which the pages put in their links). Those are kept a year and never
 * asked again; the same file asked without its version, or with another one, is checked with the
 * server every time. The favicon, whose address browsers fix, is kept a week.
 */
@WebFilter(urlPatterns = {"/webjars/*", "/static/*", "/favicon.ico"})
public class StaticCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String VERSION_PARAMETER = "sportello.static-version";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String FAVICON = "public, max-age=604800";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(
                "Cache-Control",
                cacheControl(
                        request.getServletPath(),
                        request.getParameter("v"),
                        getServletContext().getInitParameter(VERSION_PARAMETER)));
        chain.doFilter(request, response);
    }

    static String cacheControl(String path, String askedVersion, String currentVersion) {
        if (path.startsWith("/webjars/")) {
            return IMMUTABLE;
        }
        if (path.equals("/favicon.ico")) {
            return FAVICON;
        }
        return askedVersion != null && askedVersion.equals(currentVersion) ? IMMUTABLE : REVALIDATE;
    }
}
