package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.testing.Deployments;
import it.sportello.testing.Http;

/**
 * The shell of the user interface as a visitor's browser receives it: home page, languages,
 * error pages, health, backoffice layout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebShellIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    /** The Bootstrap Italia the pages link to, as the build names it. */
    private static final String BOOTSTRAP_ITALIA = System.getProperty("it.bootstrap-italia.version");

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void newVisitor() {
        http = new Http(base);
    }

    @Test
    void theHomePageSpeaksItalianAndListsTheCategoriesFromTheDatabase() {
        HttpResponse<String> home = http.get("");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("lang=\"it\"")
                .contains("Comune di Bugliano")
                .contains("Accedi all'area personale")
                .contains("Accesso riservato al personale")
                .contains("Anagrafe e stato civile", "Vita lavorativa");
        assertThat(home.body().split("Accesso riservato al personale", -1))
                .as("the staff link once in the footer")
                .hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "servizi/index.xhtml",
                "faq.xhtml",
                "argomenti.xhtml",
                "pagamenti.xhtml",
                "prenotazioni/index.xhtml"
            })
    void everyBreadcrumbStartsFromTheSameHome(String page) {
        assertThat(http.get(page).body())
                .containsPattern(
                        "<ol class=\"breadcrumb[^\"]*\"[^>]*>\\s*<li class=\"breadcrumb-item\"><a href=\"[^\"]*\">Home</a>");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndTheCookiesAreLaxAndHttpOnly() {
        HttpResponse<String> home = http.get("");

        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'self'", "form-action 'self'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        HttpResponse<String> form = http.get("password-dimenticata.xhtml");
        HttpResponse<String> switched = http.get("lingua/en?torna=/index.xhtml");
        assertThat(form.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie.toLowerCase())
                        .startsWith("jsessionid=")
                        .contains("httponly", "samesite=lax"));
        assertThat(switched.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie.toLowerCase())
                        .startsWith("lingua=en;")
                        .contains("httponly", "samesite=lax", "max-age=31536000"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "servizi/index.xhtml?q=certificato&categoria=anagrafe",
                "servizi/scheda.xhtml?servizio=segnalazione-disservizio",
                "faq.xhtml",
                "argomenti.xhtml",
                "pagamenti.xhtml",
                "accedi.xhtml",
                "prenotazioni/index.xhtml",
                "prenotazioni/settimana.xhtml?calendario=sportello-urp",
                "pagina-che-non-esiste.xhtml",
                "lingua/de?torna=/faq.xhtml"
            })
    void anAnonymousVisitorReadingIsGivenNoSession(String page) {
        HttpResponse<String> read = http.get(page);

        assertThat(read.statusCode()).isIn(200, 302, 404);
        assertThat(read.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.toUpperCase().startsWith("JSESSIONID="));
    }

    @Test
    void aWeekSentWithoutASlotIsShownAgainWithTheMessageAndStillNoSession() {
        String week = http.get("prenotazioni/settimana.xhtml?calendario=sportello-urp")
                .body();
        assertThat(week).contains("name=\"calendario\" value=\"sportello-urp\"");

        HttpResponse<String> again = http.post(
                "prenotazioni/settimana.xhtml",
                java.util.Map.of(
                        "week",
                        "week",
                        "calendario",
                        "sportello-urp",
                        "jakarta.faces.ViewState",
                        Http.viewState(week),
                        "continue",
                        ""));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Scegli almeno un orario libero", "id=\"week-grid\"");
        assertThat(http.cookie("JSESSIONID")).isNull();
    }

    @Test
    void aPublicPageRenderedForOneAnonymousVisitorServesTheNextButNeverAVisitorWithASession() {
        String search = "servizi/index.xhtml?q=certificato&prova=" + System.nanoTime();

        HttpResponse<String> first = http.get(search);
        HttpResponse<String> next = new Http(base).get(search);
        Http german = new Http(base);
        german.get("lingua/de?torna=/index.xhtml");
        HttpResponse<String> inGerman = german.get(search);
        Http citizen = new Http(base);
        citizen.loginAsDemoCitizen("Mario Rossi");
        HttpResponse<String> loggedIn = citizen.get(search);

        assertThat(first.headers().firstValue("Age"))
                .as("rendered for the first visitor")
                .isEmpty();
        assertThat(next.headers().firstValue("Age")).as("kept for the next").isPresent();
        assertThat(next.body()).isEqualTo(first.body()).contains("Comune di Bugliano", "value=\"certificato\"");
        assertThat(next.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(next.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/html")
                .containsIgnoringCase("utf-8");
        assertThat(inGerman.headers().firstValue("Age"))
                .as("another language, another page")
                .isEmpty();
        assertThat(inGerman.body()).contains("lang=\"de\"");
        assertThat(loggedIn.headers().firstValue("Age"))
                .as("a visitor with a session gets their own page")
                .isEmpty();
        assertThat(loggedIn.body()).contains("Mario Rossi");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "faq.xhtml",
                "api/catalog/categories",
                "static/css/sportello.css",
                "webjars/bootstrap-italia/VERSION/dist/css/bootstrap-italia.min.css",
                "webjars/bootstrap-italia/VERSION/dist/js/bootstrap-italia.bundle.min.js"
            })
    void pagesStylesScriptsAndJsonTravelCompressed(String file) throws java.io.IOException {
        String path = file.replace("VERSION", BOOTSTRAP_ITALIA);
        HttpResponse<byte[]> compressed = http.getRaw(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = http.getRaw(path);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        try (java.io.InputStream unzipped =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))) {
            byte[] content = unzipped.readAllBytes();
            assertThat(compressed.body().length).isLessThan(content.length / 2);
            assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8).length())
                    .isGreaterThan(1000);
        }
    }

    @Test
    void theFilesAPageLinksByVersionAreCachedForAYearAndTheFaviconIsThere() {
        String home = http.get("").body();
        java.util.List<String> versioned = java.util.regex.Pattern.compile(
                        "(?:href|src)=\"" + base.getPath() + "((?:static|webjars)/[^\"]+)\"")
                .matcher(home)
                .results()
                .map(found -> found.group(1).replace("&amp;", "&"))
                .toList();

        assertThat(versioned)
                .anyMatch(link -> link.startsWith("static/css/sportello.css?v="))
                .anyMatch(link -> link.startsWith("static/js/sportello.js?v="))
                .anyMatch(link -> link.startsWith("webjars/bootstrap-italia/" + BOOTSTRAP_ITALIA + "/"));
        for (String link :
                versioned.stream().filter(link -> !link.endsWith(".svg")).toList()) {
            HttpResponse<byte[]> file = http.getRaw(link);
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control"))
                    .as(link)
                    .hasValue("public, max-age=31536000, immutable");
        }
        assertThat(http.getRaw("static/css/sportello.css?v=old").headers().firstValue("Cache-Control"))
                .hasValue("no-cache");
        HttpResponse<byte[]> favicon = http.getRaw("favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(java.util.Arrays.copyOf(favicon.body(), 4)).containsExactly(0, 0, 1, 0);
        assertThat(home)
                .contains(
                        "<link rel=\"icon\" href=\"" + base.getPath() + "favicon.ico\"",
                        "<meta name=\"description\" content=\"Comune di Bugliano - ");
    }

    @Test
    void aFileOverTheContainersLimitIsA413ThatSaysTheLimitsAndHowToGoBack() {
        HttpResponse<String> refused =
                http.postFile("servizi/index.xhtml", "file", "planimetria.pdf", 70 * 1024 * 1024);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body())
                .contains("File troppo grandi", "30 MB", "Indietro", "ancora lì")
                .doesNotContain("Si è verificato un errore");
    }

    @Test
    void aFormSentWithAnotherVisitorsViewStateIsA400WithTheExpiredPage() {
        String viewState =
                Http.viewState(new Http(base).get("password-dimenticata.xhtml").body());

        HttpResponse<String> stale = http.post(
                "password-dimenticata.xhtml",
                java.util.Map.of(
                        "forgotten",
                        "forgotten",
                        "forgotten:who",
                        "operatore",
                        "forgotten:send",
                        "",
                        "jakarta.faces.ViewState",
                        viewState));

        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("Sessione scaduta", "Ricaricala e riprova");
    }

    @Test
    void theHomePageCarriesTheMarkersOfTheNationalModel() {
        String home = http.get("").body();

        assertThat(home)
                .contains(
                        "data-element=\"all-services\"",
                        "data-element=\"management\"",
                        "data-element=\"news\"",
                        "data-element=\"live\"",
                        "data-element=\"personal-area-login\"",
                        "data-element=\"faq\"",
                        "data-element=\"report-inefficiency\"",
                        "data-element=\"privacy-policy-link\"",
                        "data-element=\"accessibility-link\"",
                        "data-element=\"legal-notes\"",
                        "data-element=\"all-topics\"");
        assertThat(home)
                .as("the link to report an inefficiency reads as the national model wants")
                .containsPattern("data-element=\"report-inefficiency\"[^>]*>Segnalazione disservizio</a>");
    }

    @Test
    void everyServiceCardOffersABookingAndDescribesItselfForTheNationalModel() {
        java.util.regex.Matcher links = java.util.regex.Pattern.compile(
                        "data-element=\"service-link\" href=\"[^\"]*/(servizi/scheda\\.xhtml\\?servizio=[a-z0-9-]+)\"")
                .matcher(http.get("servizi/index.xhtml").body());
        java.util.Set<String> cards = new java.util.TreeSet<>();
        while (links.find()) {
            cards.add(links.group(1));
        }
        assertThat(cards).as("the listed demo services").hasSizeGreaterThanOrEqualTo(20);
        for (String card : cards) {
            assertThat(http.get(card).body())
                    .as(card)
                    .containsPattern(
                            "data-element=\"service-booking-access\">\\s*<a [^>]*data-element=\"appointment-booking\"")
                    .contains(
                            "<script type=\"application/ld+json\" data-element=\"metatag\">{\"@context\":\"https://schema.org\"")
                    .contains(
                            "data-element=\"feedback\"",
                            "data-element=\"feedback-title\">Quanto sono chiare le informazioni su questa pagina?<",
                            "data-element=\"feedback-rate-1\"",
                            "data-element=\"feedback-rate-5\"",
                            "data-element=\"feedback-rating-positive\"",
                            "data-element=\"feedback-rating-negative\"",
                            "data-element=\"feedback-rating-question\">Quali sono stati gli aspetti che hai preferito?<",
                            "data-element=\"feedback-rating-question\">Dove hai incontrato le maggiori difficoltà?<",
                            "data-element=\"feedback-rating-answer\">Capivo sempre che stavo procedendo correttamente<",
                            "data-element=\"feedback-input-text\"");
        }
    }

    @Test
    void aRatingWithoutStarsGoesBackToItsPageWhichSaysSoNextToTheStarsAndNoSessionIsOpened() {
        HttpResponse<String> sent = http.post(
                "valutazione", java.util.Map.of("pagina", "/faq.xhtml", "risposta", "CLEAR", "commento", "ok"));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow())
                .endsWith("/faq.xhtml?valutazione=stelle#valutazione");
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(http.get("faq.xhtml?valutazione=stelle").body())
                .containsPattern("id=\"rating-stars-error\">Scegli da 1 a 5 stelle\\.<");

        HttpResponse<String> mismatched = http.post(
                "valutazione",
                java.util.Map.of(
                        "pagina", "/servizi/scheda.xhtml?servizio=permesso-ztl", "stelle", "1", "risposta", "CLEAR"));
        assertThat(mismatched.headers().firstValue("Location").orElseThrow())
                .endsWith("/servizi/scheda.xhtml?servizio=permesso-ztl&valutazione=risposta#valutazione");

        assertThat(http.post(
                                "valutazione",
                                java.util.Map.of("pagina", "https://example.org/", "stelle", "5", "risposta", "CLEAR"))
                        .statusCode())
                .as("a page of another site, or one without the component, is not rated")
                .isEqualTo(400);
        assertThat(http.post(
                                "valutazione",
                                java.util.Map.of(
                                        "pagina", "/area-personale/index.xhtml", "stelle", "5", "risposta", "CLEAR"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theLanguageSwitchTranslatesTheWholePageAndStaysChosen() {
        HttpResponse<String> switched = http.get("lingua/de?torna=/index.xhtml");
        assertThat(switched.statusCode()).isEqualTo(302);

        String german = http.follow("lingua/de?torna=/index.xhtml").body();
        assertThat(german)
                .contains("lang=\"de\"", "Online-Schalter", "Meldeamt und Standesamt")
                .doesNotContain("Accedi all'area personale");

        assertThat(http.get("").body()).as("the choice is kept by the browser").contains("lang=\"de\"");

        String english = http.follow("lingua/en?torna=/index.xhtml").body();
        assertThat(english).contains("lang=\"en\"", "Online desk", "Registry office and civil status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "javascript:alert(1)"})
    void theLanguageSwitchNeverSendsTheVisitorToAnotherSite(String target) {
        HttpResponse<String> switched = http.get(
                "lingua/en?torna=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location").orElseThrow())
                .startsWith(base.toExternalForm().replaceAll("/$", "") + "/")
                .doesNotContain("evil", "javascript");
    }

    @Test
    void anUnknownLanguageIsNotFound() {
        assertThat(http.get("lingua/fr?torna=/index.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownPageAnswersWithTheLocalizedErrorPageAndNoStackTrace() {
        HttpResponse<String> missing = http.get("questa-pagina-non-esiste.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("Pagina non trovata", "Torna alla home page", "Comune di Bugliano")
                .doesNotContain("at java.", "at jakarta.", ".java:", "Caused by", "Payara");

        http.get("lingua/en?torna=/index.xhtml");
        assertThat(http.get("nothing-here").body()).contains("Page not found");
    }

    @Test
    void templatesCannotBeFetched() {
        HttpResponse<String> template = http.get("WEB-INF/templates/citizen.xhtml");

        assertThat(template.statusCode()).isIn(403, 404);
        assertThat(template.body()).doesNotContain("ui:insert");
    }

    @Test
    void readinessReportsTheDatabaseAndTheOutsideSystems() {
        HttpResponse<String> ready = http.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains(
                        "\"status\":\"UP\"",
                        "\"name\":\"database\"",
                        "\"name\":\"mail-server\"",
                        "\"name\":\"protocol-register\"",
                        "\"name\":\"payment-intermediary\"",
                        "\"state\":");
    }

    @Test
    void everyAnswerNamesItsRequestAndAProxysIdIsKept() {
        String first =
                http.get("index.xhtml").headers().firstValue("X-Request-Id").orElseThrow();
        String second =
                http.get("index.xhtml").headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(first).hasSize(36).isNotEqualTo(second);

        HttpResponse<byte[]> proxied = http.getRaw("api/catalog/categories", "X-Request-Id", "bilanciatore-0042");
        assertThat(proxied.headers().firstValue("X-Request-Id")).contains("bilanciatore-0042");
    }

    @Test
    void livenessReportsTheThreads() {
        HttpResponse<String> live = http.get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        // Payara writes the data's numbers as strings
        assertThat(live.body()).contains("\"status\":\"UP\"", "\"name\":\"threads\"", "\"deadlocked\":\"0\"");
    }

    @Test
    void theStaffLoginHasTheBackofficeLayoutInTheSameLanguage() {
        HttpResponse<String> login = http.get("accesso-personale.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("Accesso riservato al personale", "Area operatori", "backoffice-header")
                .doesNotContain("ui-menubar");

        http.get("lingua/de?torna=/accesso-personale.xhtml");
        assertThat(http.get("accesso-personale.xhtml").body()).contains("Mitarbeiterbereich", "Benutzername");
    }
}
