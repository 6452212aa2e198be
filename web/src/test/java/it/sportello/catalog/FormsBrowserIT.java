package it.sportello.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import it.sportello.testing.BrowserJourney;

/**
 * Forms as citizens fill them — one section at a time, every rule checked on the server — and as
 * administrators change them: a new version published from the JSON editor.
 */
class FormsBrowserIT extends BrowserJourney {

    @Test
    void aCitizenFillsTheDrivewayFormAndTheServerChecksEveryStep() throws IOException {
        visit("servizi/scheda.xhtml?servizio=permesso-passo-carrabile");
        browser.submit(By.cssSelector("[data-element='service-online-access']"));
        assertThat(browser.heading()).as("the service needs a login").isEqualTo("Accedi");
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Mario Rossi");
        assertThat(browser.driver().getCurrentUrl())
                .contains("/servizi/compila.xhtml?servizio=permesso-passo-carrabile");
        throughPrivacyApplicantAndRole();
        assertThat(wizard.sectionTitle()).isEqualTo("Tipo di richiesta");
        browser.assertAccessible();

        next();
        assertThat(browser.messages()).contains("Alcuni dati non sono corretti");
        assertThat(wizard.errorsOf("tipo_richiesta"))
                .containsIgnoringCase("campo richiesto")
                .contains("Specifica la tua richiesta");
        assertThat(wizard.sectionTitle()).as("a refused step stays where it is").isEqualTo("Tipo di richiesta");
        browser.screenshot("form-required-it");
        browser.assertAccessible();

        wizard.select("tipo_richiesta", "ATTIVAZIONE");
        next();
        assertThat(wizard.sectionTitle()).isEqualTo("Passo carrabile");

        wizard.input("ubicazione.street").sendKeys("Via Roma");
        wizard.input("ubicazione.number").sendKeys("12");
        browser.facesAjax(() -> wizard.select("ubicazione.province", "PI"));
        browser.await()
                .until(d -> new Select(wizard.input("ubicazione.comune"))
                                .getOptions()
                                .size()
                        > 10);
        wizard.select("ubicazione.comune", "Pisa");
        wizard.input("ubicazione.cap").sendKeys("00100");
        wizard.input("larghezza").sendKeys("4,5");
        browser.facesAjax(() -> radio("durata", "temporaneo"));
        browser.await()
                .until(d -> !d.findElements(By.cssSelector("[data-field-input='data_fine']"))
                        .isEmpty());
        LocalDate start = LocalDate.now().plusDays(10);
        date("data_inizio", start);
        date("data_fine", start.plusYears(5));
        browser.await().until(d -> computed("durata_testo").contains("5 anni"));
        assertThat(computed("costo_totale")).contains("52,00");
        assertChoicesReadable("durata", "Temporaneo", "Permanente");
        browser.screenshot("form-choices-it");
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            assertChoicesReadable("durata", "Temporaneo", "Permanente");
            browser.screenshot("form-choices-phone-it");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
        next();
        assertThat(wizard.errorsOf("ubicazione"))
                .as("the CAP must belong to the comune")
                .isNotEmpty();
        assertThat(wizard.input("ubicazione.street").getAttribute("value"))
                .as("nothing typed is lost")
                .isEqualTo("Via Roma");
        browser.screenshot("form-address-invalid-it");

        wizard.input("ubicazione.cap").clear();
        wizard.input("ubicazione.cap").sendKeys("56121");
        next();
        assertThat(wizard.sectionTitle()).isEqualTo("Documenti allegati");

        Path fake = Files.createTempFile("planimetria", ".pdf");
        Files.writeString(fake, "questo non è un PDF, solo testo", StandardCharsets.UTF_8);
        wizard.input("planimetria").sendKeys(fake.toString());
        Path deed = Files.createTempFile("atto", ".pdf");
        Files.write(
                deed,
                it.sportello.platform.pdf.TextDocument.render("Mario Rossi", "Atto di proprietà", "it", List.of()));
        wizard.input("atto_proprieta").sendKeys(deed.toString());
        next();
        assertThat(wizard.errorsOf("planimetria"))
                .as("the type is read from the content, not the name")
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-uploaded='planimetria']")))
                .as("a refused file is not shown as the field's file")
                .isEmpty();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-uploaded='atto_proprieta']"))
                        .getText())
                .contains("atto");
        // an optional file is taken away again from its field
        browser.submit(By.cssSelector("[data-remove-file='atto_proprieta']"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-uploaded='atto_proprieta']")))
                .isEmpty();

        Path plan = Files.createTempFile("planimetria", ".pdf");
        Files.write(plan, it.sportello.platform.pdf.TextDocument.render("Mario Rossi", "Planimetria", "it", List.of()));
        wizard.input("planimetria").sendKeys(plan.toString());
        next();
        // The permit asks for stamp duties and a payment with the request: their step comes before the summary.
        assertThat(wizard.sectionTitle()).isEqualTo("Pagamento");
        String stamps = String.format("%012d", (System.nanoTime() / 1000) % 1_000_000_000_000L);
        stamp(0, stamps + "11");
        stamp(1, stamps + "12");
        browser.submit(By.id("fill:next-payment"));
        assertThat(wizard.sectionTitle()).isEqualTo("Riepilogo");
        assertThat(wizard.summary("tipo_richiesta")).isEqualTo("Attivazione");
        assertThat(wizard.summary("durata_testo")).isEqualTo("La durata del passo carrabile sarà di 5 anni");
        assertThat(wizard.summary("planimetria")).startsWith("planimetria");
        assertThat(wizard.summary("ubicazione")).contains("Via Roma", "56121", "Pisa");
        browser.screenshot("form-summary-it");
        browser.assertAccessible();

        browser.submit(By.id("fill:back"));
        assertThat(wizard.sectionTitle()).isEqualTo("Pagamento");
        browser.submit(By.id("fill:back"));
        assertThat(wizard.sectionTitle()).isEqualTo("Documenti allegati");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-uploaded='planimetria']"))
                        .getText())
                .contains("planimetria");
    }

    @Test
    void aHiddenFieldIsNotAskedFor() {
        visit("servizi/compila.xhtml?servizio=segnalazione-disservizio");
        browser.submit(By.id("login-CIE"));
        browser.chooseDemoIdentity("Paolo Colombo");
        throughPrivacyApplicantAndRole();

        wizard.select("categoria", "rifiuti");
        wizard.input("descrizione").sendKeys("Rifiuti abbandonati accanto ai cassonetti.");
        wizard.type("luogo.street", "Piazza del Municipio");
        wizard.comune("luogo", "PI", "Pisa");
        wizard.type("luogo.cap", "56125");
        next();

        assertThat(wizard.sectionTitle()).isEqualTo("Riepilogo");
        assertThat(wizard.summary("categoria")).startsWith("Rifiuti");
    }

    @Test
    void anAdministratorSeesProblemsThenPublishesANewVersion() {
        browser.adminLogin(base);

        visit("backoffice/servizi/modulo.xhtml?servizio=richiesta-assistenza");
        assertThat(browser.driver().findElements(By.cssSelector("[id$='versions_data'] tr")))
                .hasSize(1);
        String published = browser.value("form:definition");
        browser.screenshot("form-editor-it");
        browser.assertAccessible();

        setDefinition("{\"sections\": [{\"id\": \"x\", \"fields\": [{\"id\": \"a\", \"kind\": \"NOPE\"}]}]}");
        browser.await()
                .until(d -> d.findElement(By.id("form:problems")).getText().contains("$.sections[0]"));

        setDefinition(
                published.replaceFirst("\"it\" *: *\"[^\"]*\"", "\"it\": \"Argomento della richiesta di aiuto\""));
        browser.await()
                .until(d ->
                        d.findElement(By.id("form:preview")).getText().contains("Argomento della richiesta di aiuto"));
        browser.click(By.id("form:publish"));
        browser.await()
                .until(d ->
                        d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.awaitAjax();
        browser.await().until(d -> browser.messages().contains("Pubblicata la versione 2"));
        assertThat(browser.driver().findElements(By.cssSelector("[id$='versions_data'] tr")))
                .hasSize(2);
        browser.screenshot("form-published-it");

        visit("backoffice/servizi/modulo.xhtml?servizio=richiesta-assistenza");
        assertThat(browser.driver().findElement(By.id("form:preview")).getText())
                .contains("Argomento della richiesta di aiuto");
        assertThat(browser.driver().findElements(By.cssSelector("[id$='versions_data'] tr")))
                .hasSize(2);
    }

    @Test
    void anAdministratorTriesTheRulesOfAnUnpublishedFormWithItsFiles() throws Exception {
        browser.adminLogin(base);
        visit("backoffice/servizi/modulo.xhtml?servizio=segnalazione-disservizio");
        String draft = """
                {"sections": [{"id": "prova", "title": {"it": "Prova"}, "fields": [
                  {"id": "oggetto", "kind": "TEXT", "required": true, "label": {"it": "Oggetto"}},
                  {"id": "allegato", "kind": "FILE", "required": true, "accept": ["pdf"], "label": {"it": "Allegato"}}]}]}""";
        setDefinition(draft);
        browser.await()
                .until(d -> d.findElement(By.id("form:preview")).getText().contains("Allegato"));

        browser.submit(By.id("form:try"));
        assertThat(browser.messages()).contains("non rispettano le regole del modulo");
        assertThat(wizard.errorsOf("oggetto")).containsIgnoringCase("campo richiesto");
        assertThat(wizard.errorsOf("allegato")).containsIgnoringCase("campo richiesto");
        assertThat(browser.value("form:definition"))
                .as("the unpublished definition is kept")
                .isEqualTo(draft);

        wizard.input("oggetto").sendKeys("Lampione spento");
        Path fake = Files.createTempFile("allegato", ".pdf");
        Files.writeString(fake, "testo, non un PDF", StandardCharsets.UTF_8);
        wizard.input("allegato").sendKeys(fake.toString());
        browser.submit(By.id("form:try"));
        assertThat(wizard.errorsOf("allegato"))
                .as("the file's type is read from its content")
                .isNotEmpty();
        assertThat(wizard.errorsOf("oggetto")).isEmpty();
        assertThat(wizard.input("oggetto").getAttribute("value")).isEqualTo("Lampione spento");

        Path pdf = Files.createTempFile("allegato", ".pdf");
        Files.write(pdf, it.sportello.platform.pdf.TextDocument.render("Mario Rossi", "Allegato", "it", List.of()));
        wizard.input("allegato").sendKeys(pdf.toString());
        browser.submit(By.id("form:try"));
        assertThat(browser.messages()).contains("rispettano tutte le regole del modulo");
        assertThat(wizard.errorsOf("allegato")).isEmpty();
        browser.screenshot("form-rules-tried-it");
        browser.assertAccessible();
    }

    private void setDefinition(String json) {
        WebElement area = browser.driver().findElement(By.id("form:definition"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));",
                        area,
                        json);
    }

    /** Declares a physical stamp: its 14-digit identifier, issued two days ago at 10:30. */
    private void stamp(int index, String identifier) {
        browser.driver()
                .findElement(By.cssSelector("[data-stamp='identifier-" + index + "']"))
                .sendKeys(identifier);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.driver().findElement(By.cssSelector("[data-stamp='day-" + index + "']")),
                        LocalDate.now().minusDays(2).toString());
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = '10:30';",
                        browser.driver().findElement(By.cssSelector("[data-stamp='time-" + index + "']")));
    }

    private void next() {
        browser.submit(By.id("fill:next-section"));
    }

    /** The steps every practice starts with: the privacy notice, the applicant's contacts, acting for oneself. */
    private void throughPrivacyApplicantAndRole() {
        assertThat(wizard.sectionTitle()).isEqualTo("Informativa sulla privacy");
        browser.submit(By.id("fill:next"));
        assertThat(browser.messages()).contains("accetta l'informativa");
        browser.click(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        assertThat(browser.driver().getCurrentUrl())
                .as("the draft has its own address")
                .contains("pratica=");
        assertThat(wizard.sectionTitle()).isEqualTo("Richiedente");
        if (browser.value("fill:email").isBlank()) {
            browser.type("fill:email", "cittadino@example.org");
        }
        browser.submit(By.id("fill:next-applicant"));
        assertThat(wizard.sectionTitle()).isEqualTo("Ruolo");
        browser.submit(By.id("fill:next-role"));
    }

    /**
     * Each option of a radio or checkbox field reads as a person sees it: its label shown beside
     * its own control, below the question, never laid over the question or another option.
     */
    private void assertChoicesReadable(String field, String... labels) {
        WebElement question = browser.driver().findElement(By.cssSelector("[data-field='" + field + "'] legend"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", question);
        Rectangle asked = question.getRect();
        List<WebElement> options =
                browser.driver().findElements(By.cssSelector("[data-field='" + field + "'] label[for]"));
        assertThat(options).extracting(WebElement::getText).containsExactly(labels);
        int previousBottom = asked.getY() + asked.getHeight();
        for (WebElement option : options) {
            Rectangle label = option.getRect();
            Rectangle control = browser.driver()
                    .findElement(By.id(option.getAttribute("for")))
                    .getRect();
            assertThat(option.isDisplayed()).as(option.getText()).isTrue();
            assertThat(label.getY())
                    .as(option.getText() + " below what came before")
                    .isGreaterThanOrEqualTo(previousBottom - 1);
            assertThat(control.getWidth())
                    .as(option.getText() + " has a visible control")
                    .isGreaterThan(10);
            assertThat(label.getX())
                    .as(option.getText() + " beside its control")
                    .isGreaterThanOrEqualTo(control.getX() + control.getWidth());
            assertThat(label.getX() + label.getWidth())
                    .as(option.getText() + " inside the window")
                    .isLessThanOrEqualTo(
                            browser.driver().manage().window().getSize().getWidth());
            previousBottom = Math.max(label.getY() + label.getHeight(), control.getY() + control.getHeight());
        }
    }

    private void radio(String field, String value) {
        WebElement radio = browser.driver()
                .findElement(By.cssSelector("[data-field='" + field + "'] input[type='radio'][value='" + value + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();
    }

    private void date(String field, LocalDate date) {
        browser.facesAjax(() -> ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        wizard.input(field),
                        date.toString()));
        browser.await().until(d -> date.toString().equals(wizard.input(field).getAttribute("value")));
    }

    private String computed(String field) {
        return browser.driver()
                .findElement(By.cssSelector("[data-computed='" + field + "']"))
                .getText();
    }
}
