package it.sportello.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.web.i18n.LocaleSelection;
import it.sportello.web.security.SecurityHeaders;

/**
 * The public pages as anonymous visitors and crawlers read them, kept for a short while: the
 * home, the catalog and its searches, the service cards, the FAQ, the payments page and the list
 * of calendars. A visitor without a session reads the same page as every other, in the language
 * of their cookie, so the page rendered for one serves the others for
 * {@code sportello.pages.cache-seconds} (0 turns this off). A change to the catalog shows within
 * that time; a visitor with a session (logged in, booking, filling a practice) always gets the page
 * rendered for them, and so does any answer that is not a plain 200 or that sets a cookie. The
 * week of a calendar is not kept: its free slots change with every booking. Each node keeps its own.
 */
@WebFilter(urlPatterns = "/*")
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pages kept, by their path in the application: the public pages, which are also those rated. */
    public static final Set<String> PAGES = Set.of(
            "/",
            "/index.xhtml",
            "/servizi/index.xhtml",
            "/servizi/scheda.xhtml",
            "/faq.xhtml",
            "/argomenti.xhtml",
            "/pagamenti.xhtml",
            "/prenotazioni/index.xhtml");

    /** At most this many pages kept at once; the searches people type are many, the pages few. */
    static final int KEPT = 2_000;

    /** The longest query string of a page kept: longer ones are searches nobody repeats. */
    static final int MAX_QUERY = 300;

    private final transient Map<String, Page> pages = new ConcurrentHashMap<>();

    @Inject
    transient Clock clock;

    @Inject
    @ConfigProperty(name = "sportello.pages.cache-seconds")
    int seconds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Page kept = pages.get(key);
        if (kept != null && now.isBefore(kept.renderedAt().plusSeconds(seconds))) {
            kept.writeTo(response, now, "HEAD".equals(request.getMethod()));
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        capture.flushBuffer();
        if (capture.isKeepable() && request.getSession(false) == null) {
            if (pages.size() >= KEPT) {
                pages.clear();
            }
            pages.put(key, new Page(capture.body(), capture.getContentType(), now));
        }
    }

    /** What the page is kept under, or null when this request must be rendered for its visitor. */
    String key(HttpServletRequest request) {
        if (seconds <= 0
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !PAGES.contains(request.getServletPath())
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null) {
            return null;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY) {
            return null;
        }
        return LocaleSelection.of(request.getCookies()).getLanguage() + " " + request.getServletPath()
                + (query == null ? "" : "?" + query);
    }

    /** A page as rendered: its bytes, its type, and when. */
    record Page(byte[] body, String contentType, Instant renderedAt) {

        void writeTo(HttpServletResponse response, Instant now, boolean headOnly) throws IOException {
            SecurityHeaders.apply(response);
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.setHeader(
                    "Age", Long.toString(Duration.between(renderedAt, now).toSeconds()));
            if (!headOnly) {
                response.getOutputStream().write(body);
            }
        }
    }

    /** The response as it is written, copied aside, so that the page can be kept once complete. */
    static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean cookieSet;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean isKeepable() {
            return getStatus() == SC_OK
                    && !cookieSet
                    && copy.size() > 0
                    && getContentType() != null
                    && getContentType().startsWith("text/html");
        }

        byte[] body() {
            return copy.toByteArray();
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        copy.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        real.write(bytes, offset, length);
                        copy.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
