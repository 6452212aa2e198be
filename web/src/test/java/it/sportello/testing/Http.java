package it.sportello.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser-like HTTP client for tests that run outside the server: it keeps cookies (one
 * session per instance) and does not follow redirects, so tests can look at them.
 */
public final class Http {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Http(URL base) {
        this.base = URI.create(base.toExternalForm());
    }

    /** GET a path relative to the application root, e.g. {@code "index.xhtml"}. */
    public HttpResponse<String> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects inside the application the way a browser would. */
    public HttpResponse<String> follow(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(base.relativize(response.uri().resolve(location)).toString());
        }
        return response;
    }

    public URI base() {
        return base;
    }
}
