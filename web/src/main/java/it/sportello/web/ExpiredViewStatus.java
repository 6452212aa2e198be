package it.sportello.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent from a page whose view no longer exists — left open past the session, or sent with
 * another session's view state — is the sender's request gone stale, not a fault of the desk: the
 * "Sessione scaduta" page answers it with 400 instead of the 500 the container gives every
 * exception it dispatches to an error page.
 */
@WebFilter(urlPatterns = ExpiredViewStatus.PAGE, dispatcherTypes = DispatcherType.ERROR)
public class ExpiredViewStatus extends HttpFilter {

    static final String PAGE = "/errore/sessione-scaduta.xhtml";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        chain.doFilter(request, response);
    }
}
