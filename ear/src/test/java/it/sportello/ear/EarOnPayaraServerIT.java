package it.sportello.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR as an IT department runs it: deployed on Payara Server 6 full by the
 * {@code payara-server} profile of this module, seen from outside over HTTP only.
 * Each test is a new visitor with its own cookies, so a language chosen in one test does not
 * leak into another.
 */
class EarOnPayaraServerIT {

    /** {@code asadmin deploy} returns before the first request is served; a failed deployment never is. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private static final String BASE_URL = System.getProperty("sportello.base-url", "http://localhost:28080");
    private static final String SERVER_LOG = System.getProperty("payara-server.log", "");

    @BeforeAll
    static void waitUntilTheApplicationAnswers() throws InterruptedException {
        // The server's own welcome page answers "/" even without the application, so wait for a
        // Faces page, which only the application serves.
        HttpClient visitor = newVisitor();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = visitor.send(request("/index.xhtml"), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        fail(
                "The application did not answer at %s within %s (last: %s). End of %s:%n%s",
                BASE_URL, READY_TIMEOUT, last, SERVER_LOG, endOfServerLog());
    }

    @Test
    void homePageSpeaksItalianByDefault() throws Exception {
        HttpResponse<String> home = newVisitor().send(request("/"), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .containsPattern("<html[^>]*\\slang=\"it\"")
                .contains("Comune di Bugliano", "Sportello online");
    }

    @Test
    void homePageReadsTheCatalogFromTheDatabase() throws Exception {
        HttpResponse<String> home = newVisitor().send(request("/"), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        // First and last category of the demo municipality, in catalog order: the migrations made
        // the schema and the demo data filled it at the first start.
        assertThat(home.body()).containsSubsequence("Anagrafe e stato civile", "Vita lavorativa");
    }

    @Test
    void readinessReportsTheDatabaseCheckUp() throws Exception {
        HttpResponse<String> ready = newVisitor().send(request("/health/ready"), HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(ready.body())
                .containsPattern("^\\{\\s*\"status\"\\s*:\\s*\"UP\"")
                .containsPattern("\\{\\s*\"name\"\\s*:\\s*\"database\"\\s*,\\s*\"status\"\\s*:\\s*\"UP\"");
    }

    @Test
    void unknownPageAnswersWithTheLocalizedErrorPageAndNoStackTrace() throws Exception {
        HttpResponse<String> missing =
                newVisitor().send(request("/pagina-che-non-esiste"), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).containsPattern("<html[^>]*\\slang=\"it\"").contains("Pagina non trovata");
        // PrimeFaces' settings script names ViewExpiredException as a matter of course: only what
        // the visitor can read counts.
        String readable = missing.body().replaceAll("(?is)<script\\b.*?</script>", "");
        assertThat(readable).doesNotContain("Exception", "at java.", "HTTP Status 404");
    }

    @Test
    void pagesAndStylesTravelCompressedAndReadingOpensNoSession() throws Exception {
        HttpClient visitor = newVisitor();

        HttpResponse<byte[]> home = visitor.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Accept-Encoding", "gzip")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        try (java.io.InputStream page =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(home.body()))) {
            assertThat(new String(page.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Comune di Bugliano");
        }
    }

    @Test
    void languageSwitchShowsTheHomePageInGermanForTheRestOfTheVisit() throws Exception {
        HttpClient visitor = newVisitor();

        HttpResponse<String> switched =
                visitor.send(request("/lingua/de?torna=/index.xhtml"), HttpResponse.BodyHandlers.ofString());

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.uri().getPath()).isEqualTo("/index.xhtml");
        assertThat(switched.body())
                .containsPattern("<html[^>]*\\slang=\"de\"")
                .contains("Online-Schalter", "Meldeamt und Standesamt");

        HttpResponse<String> later = visitor.send(request("/"), HttpResponse.BodyHandlers.ofString());

        assertThat(later.body()).containsPattern("<html[^>]*\\slang=\"de\"").contains("Online-Schalter");
    }

    @Test
    void anAdministratorRunsABackgroundJobOfTheBatchModule() throws Exception {
        HttpClient administrator = newVisitor();
        HttpResponse<String> loginPage =
                administrator.send(request("/accesso-personale.xhtml"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> desk = administrator.send(
                post(
                        "/accesso-personale.xhtml",
                        form(
                                "login",
                                "login",
                                "login:username",
                                "admin",
                                "login:password",
                                "Admin.Bugliano.1",
                                "login:submit",
                                "",
                                "jakarta.faces.ViewState",
                                viewState(loginPage.body()))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(desk.uri().getPath()).isEqualTo("/backoffice/index.xhtml");

        String console = administrator
                .send(request("/backoffice/lavori/index.xhtml"), HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher start = java.util.regex.Pattern.compile(
                        "id=\"job-mail-outbox\".*?<button id=\"([^\"]+)\"", java.util.regex.Pattern.DOTALL)
                .matcher(console);
        assertThat(start.find())
                .as("the console offers to start the mail outbox")
                .isTrue();
        String button = start.group(1);
        HttpResponse<String> started = administrator.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/backoffice/lavori/index.xhtml"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(form(
                                "jakarta.faces.partial.ajax",
                                "true",
                                "jakarta.faces.source",
                                button,
                                "jakarta.faces.partial.execute",
                                button,
                                "jakarta.faces.partial.render",
                                "jobs messages",
                                button,
                                button,
                                "jobs",
                                "jobs",
                                "jakarta.faces.ViewState",
                                viewState(console))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.body()).contains("Avviata l");

        // the job's XML, artifacts and steps come from the batch module, its readers and writers
        // call the business module: the run completes (each look at the console is a request of
        // its own, which paces the looking)
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String runs = "";
        while (Instant.now().isBefore(deadline) && !runs.contains("Completata")) {
            String page = administrator
                    .send(request("/backoffice/lavori/index.xhtml"), HttpResponse.BodyHandlers.ofString())
                    .body();
            runs = page.replaceAll("(?s).*id=\"job-mail-outbox\"(.*?)</section>.*", "$1");
        }
        assertThat(runs)
                .as("the mail outbox's runs, end of %s:%n%s", SERVER_LOG, endOfServerLog())
                .contains("Completata")
                .doesNotContain("Fallita");
    }

    private static HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    /** Names and values, url-encoded as a browser sends a form. */
    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&")
                    .append(java.net.URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static String viewState(String page) {
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(viewState.find()).as("the page has a form").isTrue();
        return viewState.group(1);
    }

    private static HttpClient newVisitor() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
    }

    private static String endOfServerLog() {
        if (SERVER_LOG.isEmpty() || !Files.isReadable(Path.of(SERVER_LOG))) {
            return "(not readable)";
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(SERVER_LOG), StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }
}
