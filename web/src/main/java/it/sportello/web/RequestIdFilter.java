package it.sportello.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.platform.logging.RequestIds;

/**
 * Gives every HTTP request an id, carried by each log line written while it is served and sent
 * back as {@code X-Request-Id}, so that a citizen's or an operator's "it failed at 10:42" leads to
 * the lines of that request. A proxy's own {@code X-Request-Id} is kept when it is a plain token,
 * so that its log and the desk's agree. Declared in {@code web.xml}, as the first filter.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.acceptOrCreate(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        try (RequestIds.Scope scope = RequestIds.open(id)) {
            chain.doFilter(request, response);
        }
    }
}
