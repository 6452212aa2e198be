package it.sportello.testing;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the request and response that run an in-container test for the test's thread, so that
 * {@link Callers} can log in through the application's own authentication mechanism. In the
 * test archive only.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class TestExchange extends HttpFilter {

    private static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();

    record Exchange(HttpServletRequest request, HttpServletResponse response) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CURRENT.set(new Exchange(request, response));
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }

    static Exchange current() {
        Exchange exchange = CURRENT.get();
        if (exchange == null) {
            throw new IllegalStateException("Not inside an in-container test request");
        }
        return exchange;
    }
}
