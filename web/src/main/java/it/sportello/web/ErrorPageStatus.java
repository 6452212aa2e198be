package it.sportello.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests that end on an error page because of what was sent, not because of a fault of the desk,
 * answer with a 4xx status instead of the 500 the container gives every exception it dispatches to
 * an error page: a form sent from a view that no longer exists — left open past the session, or
 * sent with another session's view state — is 400 on "Sessione scaduta"; files over the
 * container's limits ({@link UploadLimit}) are 413 on "File troppo grandi".
 */
@WebFilter(
        urlPatterns = {ErrorPageStatus.EXPIRED, ErrorPageStatus.TOO_LARGE},
        dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageStatus extends HttpFilter {

    static final String EXPIRED = "/errore/sessione-scaduta.xhtml";
    static final String TOO_LARGE = "/errore/file-troppo-grandi.xhtml";

    private static final Map<String, Integer> STATUS = Map.of(
            EXPIRED, HttpServletResponse.SC_BAD_REQUEST,
            TOO_LARGE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(STATUS.get(request.getServletPath()));
        chain.doFilter(request, response);
    }
}
