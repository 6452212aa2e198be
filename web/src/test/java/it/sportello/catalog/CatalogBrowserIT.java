package it.sportello.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import it.sportello.testing.BrowserJourney;
import it.sportello.testing.PdfText;
import it.sportello.testing.SpreadsheetRows;

/**
 * Citizens find services in the public catalog, read their cards and download their files;
 * administrators change them, import a service and export it again.
 */
class CatalogBrowserIT extends BrowserJourney {

    private static final List<String> PAGE_INDEX = List.of(
            "A chi è rivolto",
            "Descrizione",
            "Come fare",
            "Cosa serve",
            "Cosa si ottiene",
            "Tempi e scadenze",
            "Costi",
            "Accedi al servizio",
            "Condizioni di servizio",
            "Contatti");

    @Test
    void aVisitorSearchesTheCatalogAndReadsAWholeCard() throws java.io.IOException {
        visit("");
        browser.submit(By.cssSelector("[data-element='all-services']"));
        assertThat(browser.heading()).isEqualTo("Servizi");
        assertThat(elements("[data-element='service-link']"))
                .as("the validator wants at least 10 service pages")
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(elements("[data-element='appointment-booking']")).isNotEmpty();
        browser.screenshot("catalog-it");
        browser.assertAccessible();

        browser.type("q", "CARRAB");
        browser.submit(By.cssSelector(".sportello-search button[type='submit']"));
        assertThat(browser.driver().getCurrentUrl()).contains("q=CARRAB");
        assertThat(elements("[data-element='service-link']"))
                .first()
                .extracting(WebElement::getText)
                .isEqualTo("Permesso per passo carrabile");

        browser.submit(By.linkText("Permesso per passo carrabile"));
        assertThat(browser.heading()).isEqualTo("Permesso per passo carrabile");
        assertThat(text("[data-element='service-title']")).isEqualTo("Permesso per passo carrabile");
        assertThat(text("[data-element='service-description']")).isNotBlank();
        assertThat(text("[data-element='service-status']")).isEqualTo("Servizio attivo");
        assertThat(elements("[data-element='service-topic']")).isNotEmpty();
        assertThat(elements("[data-element='breadcrumb'] li"))
                .extracting(WebElement::getText)
                .anySatisfy(item -> assertThat(item).startsWith("Servizi"))
                .anySatisfy(item -> assertThat(item).startsWith("Mobilità e trasporti"));
        assertThat(elements("[data-element='page-index'] > li > a"))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(PAGE_INDEX);
        for (String section : List.of(
                "service-addressed",
                "service-how-to",
                "service-needed",
                "service-achieved",
                "service-calendar-text",
                "service-area")) {
            assertThat(text("[data-element='" + section + "']")).as(section).isNotBlank();
        }
        assertThat(elements("[data-element='service-online-access']")).hasSize(1);
        assertThat(elements("[data-element='service-file']")).hasSize(1);

        // the card's schema.org description, as the national model's validator reads it
        String metatag = (String) browser.driver()
                .executeScript("return document.querySelector(\"script[data-element='metatag']\").textContent");
        JsonObject described;
        try (JsonReader reader = Json.createReader(new java.io.StringReader(metatag))) {
            described = reader.readObject();
        }
        assertThat(described.getString("@type")).isEqualTo("GovernmentService");
        assertThat(described.getString("name")).isEqualTo("Permesso per passo carrabile");
        assertThat(described.getString("serviceType")).isEqualTo("Mobilità e trasporti");
        assertThat(described.getJsonObject("serviceOperator").getString("name")).isEqualTo("Comune di Bugliano");
        assertThat(described.getJsonObject("areaServed").getString("name")).isEqualTo("Bugliano");
        assertThat(described.getJsonObject("audience").getString("audienceType"))
                .isNotBlank();
        JsonObject channel = described.getJsonObject("availableChannel");
        assertThat(channel.getString("serviceUrl")).endsWith("/servizi/scheda.xhtml?servizio=permesso-passo-carrabile");
        JsonObject place = channel.getJsonObject("serviceLocation");
        assertThat(place.getString("name")).isNotBlank();
        assertThat(place.getJsonObject("address").getString("streetAddress")).isNotBlank();
        assertThat(place.getJsonObject("address").getString("postalCode")).matches("\\d{5}");
        assertThat(place.getJsonObject("address").getString("addressLocality")).isEqualTo("Bugliano");
        browser.screenshot("service-card-it");
        browser.assertAccessible();

        // the card's files, as the visitor downloads them
        assertThat(PdfText.of(browser.download(By.cssSelector(".sportello-blank-form"))))
                .contains("Permesso per passo carrabile", "Ubicazione del passo carrabile");
        assertThat(PdfText.of(browser.download(By.cssSelector("[data-element='service-file']"))))
                .contains(
                        "Condizioni di servizio",
                        "Permesso per passo carrabile",
                        "Il titolare deve mantenere il cartello");
    }

    @Test
    void aVisitorRatesACardAndTheAdministratorReadsTheRatingAndDownloadsIt() throws java.io.IOException {
        String words = "Tutto chiaro " + java.util.UUID.randomUUID().toString().substring(0, 8);
        visit("servizi/scheda.xhtml?servizio=permesso-passo-carrabile");
        assertThat(text("[data-element='feedback-title']"))
                .isEqualTo("Quanto sono chiare le informazioni su questa pagina?");
        WebElement positive = browser.driver().findElement(By.cssSelector("[data-element='feedback-rating-positive']"));
        WebElement negative = browser.driver().findElement(By.cssSelector("[data-element='feedback-rating-negative']"));
        assertThat(positive.isDisplayed()).as("no question before the stars").isFalse();

        WebElement four = browser.driver().findElement(By.cssSelector("label[for='rating-star-4']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", four);
        four.click();
        assertThat(positive.isDisplayed()).isTrue();
        assertThat(negative.isDisplayed()).isFalse();
        browser.driver()
                .findElement(By.cssSelector("label[for='rating-CLEAR']"))
                .click();
        browser.type("rating-comment", words);
        browser.screenshot("rating-it");
        browser.assertAccessible();
        browser.submit(By.id("rating-send"));
        assertThat(browser.driver().findElement(By.id("rating-thanks")).getText())
                .isEqualTo("Grazie, il tuo parere ci aiuterà a migliorare il servizio!");

        browser.driver().manage().deleteAllCookies();
        browser.adminLogin(base);
        visit("backoffice/valutazioni/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Valutazioni delle pagine");
        assertThat(browser.driver().findElement(By.id("ratings:pages")).getText())
                .contains(
                        "/servizi/scheda.xhtml?servizio=permesso-passo-carrabile",
                        "Le indicazioni erano chiare",
                        words);
        browser.screenshot("ratings-admin-it");
        browser.assertAccessible();

        List<List<String>> csv = SpreadsheetRows.csv(Files.readAllBytes(browser.download(By.id("ratings:csv"))));
        assertThat(csv.get(0)).containsExactly("Data e ora", "Pagina", "Stelle", "Risposta", "Commento");
        assertThat(SpreadsheetRows.rowWith(csv, words))
                .containsEntry("Pagina", "/servizi/scheda.xhtml?servizio=permesso-passo-carrabile")
                .containsEntry("Stelle", "4")
                .containsEntry("Risposta", "Le indicazioni erano chiare")
                .containsEntry("Commento", words);
    }

    @Test
    void theTopicsPageListsEveryTopicWithItsServices() {
        visit("");
        browser.submit(By.cssSelector("[data-element='all-topics']"));
        assertThat(browser.heading()).isEqualTo("Argomenti");
        assertThat(elements("[data-element='topic-element']"))
                .as("the 22 topics of the demo catalog")
                .hasSize(22)
                .extracting(WebElement::getText)
                .contains("Accesso all'informazione", "Parcheggi", "Zone pedonali");
        WebElement parking =
                browser.driver().findElement(By.id("topic-parcheggi")).findElement(By.xpath("../.."));
        assertThat(parking.findElements(By.cssSelector("[data-element='service-link']")))
                .extracting(WebElement::getText)
                .contains("Permesso per passo carrabile");
        browser.screenshot("topics-it");
        browser.assertAccessible();

        browser.submit(By.linkText("Permesso per passo carrabile"));
        assertThat(elements("[data-element='service-topic']"))
                .extracting(WebElement::getText)
                .contains("Parcheggi");
    }

    @Test
    void theCardSpeaksTheChosenLanguageAndStaysOnTheSameService() {
        visit("servizi/scheda.xhtml?servizio=permesso-passo-carrabile");
        String german =
                browser.driver().findElement(By.cssSelector("a[hreflang='de']")).getAttribute("href");

        browser.driver().get(german);

        assertThat(browser.driver().getCurrentUrl()).contains("servizio=permesso-passo-carrabile");
        assertThat(elements("[data-element='page-index'] > li > a"))
                .extracting(WebElement::getText)
                .startsWith("Für wen", "Beschreibung", "Wie vorgehen");
        assertThat(browser.heading())
                .isNotEqualTo("Permesso per passo carrabile")
                .isNotBlank();
        browser.screenshot("service-card-de");
    }

    @Test
    void filtersLiveInTheAddressAndAnUnknownOneIsExplained() {
        visit("servizi/index.xhtml?categoria=non-esiste&pubblico=BUSINESS");

        assertThat(browser.messages()).contains("non-esiste");
        assertThat(elements("[data-element='service-link']")).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("pubblico")).getAttribute("value"))
                .isEqualTo("BUSINESS");

        visit("servizi/index.xhtml?q=" + URLEncoder.encode("città zzzz", StandardCharsets.UTF_8));
        assertThat(browser.driver().findElement(By.id("results-title")).getText())
                .isEqualTo("Nessun servizio trovato");
        assertThat(browser.value("q")).isEqualTo("città zzzz");
    }

    @Test
    void anExternalServiceLinksToItsSiteAndAnUnknownServiceIsNotFound() {
        visit("servizi/scheda.xhtml?servizio=cambio-di-residenza");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-element='service-generic-access']"))
                        .getAttribute("href"))
                .startsWith("https://");
        assertThat(elements("[data-element='service-online-access']")).isEmpty();

        visit("servizi/scheda.xhtml?servizio=non-esiste");
        assertThat(browser.heading()).isEqualTo("Pagina non trovata");
    }

    @Test
    void faqAndPaymentsPagesAreThereAndAccessible() {
        visit("faq.xhtml");
        assertThat(browser.heading()).isEqualTo("Domande frequenti");
        assertThat(elements(".accordion-item")).hasSizeGreaterThanOrEqualTo(10);
        browser.assertAccessible();

        visit("pagamenti.xhtml");
        assertThat(browser.heading()).isEqualTo("Pagamenti");
        browser.assertAccessible();
    }

    @Test
    void anAdministratorChangesACardAndCitizensSeeIt() {
        browser.adminLogin(base);

        visit("backoffice/servizi/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Servizi");
        browser.screenshot("backoffice-services-it");
        browser.assertAccessible();

        visit("backoffice/servizi/modifica.xhtml?servizio=segnalazione-disservizio");
        browser.type(
                "service:languages:summary-it",
                "Segnala un guasto, un rifiuto abbandonato o un problema su strade e parchi.");
        browser.submit(By.id("service:save"));
        assertThat(browser.messages()).contains("Servizio salvato.");
        browser.assertAccessible();

        visit("servizi/scheda.xhtml?servizio=segnalazione-disservizio");
        assertThat(text("[data-element='service-description']"))
                .isEqualTo("Segnala un guasto, un rifiuto abbandonato o un problema su strade e parchi.");
    }

    @Test
    void anAdministratorImportsAServiceWithItsFormFromAJsonFile() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("servizio", ".json");
        java.nio.file.Files.writeString(file, """
                {"code": "iscrizione-mensa-scolastica", "title": {"it": "Iscrizione alla mensa scolastica"},
                 "summary": {"it": "Iscrivi tuo figlio alla mensa della scuola primaria."},
                 "status": "AVAILABLE", "accessLevel": "SPID_L2", "paymentMode": "NONE", "workflow": "APPROVAL",
                 "maxResponseDays": 20, "office": "urp", "categories": ["educazione-e-formazione"], "topics": ["istruzione"],
                 "audiences": ["FAMILY"], "featured": false,
                 "card": {"addressedTo": {"it": "Genitori di alunni della scuola primaria."},
                          "howTo": {"it": "Compila il modulo online."}},
                 "form": {"sections": [{"id": "alunno", "title": "Alunno", "fields": [
                   {"id": "nome", "kind": "TEXT", "required": true, "label": "Nome dell'alunno"}]}]}}
                """, java.nio.charset.StandardCharsets.UTF_8);
        browser.adminLogin(base);
        visit("backoffice/servizi/index.xhtml");

        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        browser.await().until(d -> browser.messages().contains("Iscrizione alla mensa scolastica"));
        browser.assertAccessible();

        // exported again from its row of the list, the file says the same service with the same form
        JsonObject exported;
        try (Reader json = Files.newBufferedReader(
                        browser.download(
                                By.xpath("//tr[td//a[normalize-space()='Iscrizione alla mensa scolastica']]//button")),
                        StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(json)) {
            exported = reader.readObject();
        }
        assertThat(exported.getString("code")).isEqualTo("iscrizione-mensa-scolastica");
        assertThat(exported.getJsonObject("title").getString("it")).isEqualTo("Iscrizione alla mensa scolastica");
        assertThat(exported.getJsonObject("form").toString()).contains("Nome dell'alunno");

        visit("servizi/scheda.xhtml?servizio=iscrizione-mensa-scolastica");
        assertThat(text("[data-element='service-title']")).isEqualTo("Iscrizione alla mensa scolastica");
        assertThat(elements("[data-element='service-online-access']")).hasSize(1);
    }

    @Test
    void anOperatorWhoIsNotAnAdministratorCannotEditTheCatalog() {
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");

        visit("backoffice/servizi/modifica.xhtml?servizio=segnalazione-disservizio");

        assertThat(browser.heading()).isEqualTo("Accesso non consentito");
    }

    private List<WebElement> elements(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText().strip();
    }
}
