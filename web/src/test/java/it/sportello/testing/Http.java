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
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            // as a browser speaks to a server without TLS; the JDK's default offers an h2c upgrade
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Http(URL base) {
        this.base = URI.create(base.toExternalForm());
    }

    /** GET a path relative to the application root, e.g. {@code "index.xhtml"}. */
    public HttpResponse<String> get(String path) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET with request headers given as name, value, name, value…; the body as it came, not decoded. */
    public HttpResponse<byte[]> getRaw(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

    /** POST a form, url-encoded, to a path relative to the application root. */
    public HttpResponse<String> post(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a form as multipart/form-data (as a browser sends a form that can carry files), without files. */
    public HttpResponse<String> postMultipart(String path, java.util.Map<String, String> fields) {
        String boundary = "----sportello" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                body.toString(), java.nio.charset.StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST a form as multipart/form-data with one file of {@code size} zero bytes in {@code field}. */
    public HttpResponse<String> postFile(String path, String field, String fileName, int size) {
        String boundary = "----sportello" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of the page's Faces view state, to post one of its forms. */
    public static String viewState(String page) {
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("The page has no form");
        }
        return viewState.group(1);
    }

    /**
     * Logs in as one of the demonstration identities by pressing its button on the demo page,
     * as a browser would.
     */
    public void loginAsDemoCitizen(String fullName) {
        String page = get("accesso/demo.xhtml?metodo=SPID").body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        java.util.regex.Matcher button = java.util.regex.Pattern.compile(
                        "name=\"([^\"]+)\" value=\"[^\"]*" + java.util.regex.Pattern.quote(fullName) + "\"")
                .matcher(page);
        if (!viewState.find() || !button.find()) {
            throw new IllegalStateException("No demo identity " + fullName);
        }
        HttpResponse<String> login = post(
                "accesso/demo.xhtml?metodo=SPID",
                java.util.Map.of(
                        "demo", "demo", button.group(1), fullName, "jakarta.faces.ViewState", viewState.group(1)));
        if (login.statusCode() != 302) {
            throw new IllegalStateException("Demo login answered " + login.statusCode());
        }
    }

    /** Logs a member of staff in from the staff login page, as a browser would. */
    public void loginAsStaff(String username, String password) {
        String page = get("accesso-personale.xhtml").body();
        HttpResponse<String> login = post(
                "accesso-personale.xhtml",
                java.util.Map.of(
                        "login",
                        "login",
                        "login:username",
                        username,
                        "login:password",
                        password,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(page)));
        if (login.statusCode() != 302) {
            throw new IllegalStateException("Staff login answered " + login.statusCode());
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public URI base() {
        return base;
    }
}
