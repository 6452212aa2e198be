package it.sportello.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.web.map.MapSettings;

/**
 * Security headers on every response: no MIME sniffing, no framing by other sites, no full URLs
 * leaked to other sites, and a Content-Security-Policy that keeps every resource on this host (but the map's tiles and
 * geocoder, when set).
 * Inline scripts are still allowed because Faces and PrimeFaces render some; everything else,
 * including forms, may only go back to this application.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The policy, with the map's tile server among the image sources and its geocoder among the
     * connections when they are set ({@link MapSettings#sources()}): those hosts and no others.
     */
    static String contentSecurityPolicy(MapSettings.Sources map) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:" + (map.images().isEmpty() ? "" : " " + map.images()),
                "font-src 'self' data:",
                "connect-src 'self'" + (map.connections().isEmpty() ? "" : " " + map.connections()),
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'");
    }

    /** Read from the settings once, when the first response goes out. */
    private static volatile String policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on a response, also one served without going through the filters (a kept page). */
    public static void apply(HttpServletResponse response) {
        String current = policy;
        if (current == null) {
            current = contentSecurityPolicy(MapSettings.sources());
            policy = current;
        }
        response.setHeader("Content-Security-Policy", current);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
}
