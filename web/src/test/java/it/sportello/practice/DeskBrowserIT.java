package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import it.sportello.testing.BrowserJourney;
import it.sportello.testing.PdfText;
import it.sportello.testing.SpreadsheetRows;

/**
 * The operators' desk, as people use it: an operator creates a practice on behalf of a citizen,
 * takes it, asks for an integration; the citizen finds the practice in their area and answers;
 * the operator accepts the answer and approves with a generated PDF letter. A second practice is
 * rejected from the list with a bulk action. The office's messages are typed in the rich-text
 * editor and reach the citizen with their bold words and lists. The generated PDFs are read back
 * as the operator downloads them. The list's filters live in the address and the CSV export,
 * downloaded from the list, follows them; the statistics show; an operator of other services sees
 * none of it.
 */
class DeskBrowserIT extends BrowserJourney {

    private static final String CITIZEN = "CLMPLA66B14A944O";
    /** Ctrl+B in the rich-text editor: bold on, or off again. */
    private static final CharSequence BOLD = Keys.chord(Keys.CONTROL, "b");

    @Test
    void anOperatorWorksAPracticeFromCreationToApprovalAndRejectsAnotherInBulk() throws Exception {
        // The citizen has logged in once: the desk knows them.
        visit("area-personale/index.xhtml");
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Paolo Colombo");
        browser.driver().manage().deleteAllCookies();

        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        String first = createOnBehalf("Verbale della commissione edilizia del 12 marzo.");
        assertThat(browser.messages()).contains("Pratica inviata per conto del cittadino");
        assertThat(text("practice-status")).isEqualTo("Acquisita");
        assertThat(text("iter"))
                .as("the citizen and the operator by name, not by code")
                .contains("Pratica creata per conto di Paolo Colombo", "Inviata", "Olga Operatrice")
                .doesNotContain(CITIZEN);
        browser.screenshot("desk-detail-acquired-it");
        browser.assertAccessible();

        browser.submit(By.id("actions:take"));
        assertThat(text("practice-status")).isEqualTo("Presa in carico");
        assertThat(browser.messages()).contains("Pratica presa in carico");

        // "Assegna" offers the operators of the office chosen, who also work the service
        assertThat(options("side:operator_input")).contains("Olga Operatrice", "Alda Amministratrice");
        ((JavascriptExecutor) browser.driver())
                .executeScript("var office = document.getElementById('side:office_input');"
                        + " office.value = 'segreteria'; office.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.awaitAjax();
        browser.await().until(d -> !options("side:operator_input").contains("Olga Operatrice"));
        assertThat(options("side:operator_input")).contains("Alda Amministratrice");

        openPanel("actions:ask-integration");
        browser.typeRich(
                "actions:panel-message", "Allegare ", BOLD, "la ricevuta di pagamento", BOLD, " non scaricata.");
        browser.screenshot("desk-integration-editor-it");
        browser.assertAccessible();
        browser.submit(By.id("actions:panel-confirm"));
        assertThat(text("practice-status")).isEqualTo("In attesa di integrazioni");

        // The citizen finds the practice in the personal area and answers.
        browser.driver().manage().deleteAllCookies();
        visit("area-personale/pratiche/dettaglio.xhtml?pratica=" + first);
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Paolo Colombo");
        assertThat(text("practice-status")).isEqualTo("In attesa di integrazioni");
        browser.click(By.id("tab-messaggi"));
        String bold = browser.await()
                .until(d -> visibleText(d.findElement(
                        By.cssSelector("#message-list .sportello-message-office .sportello-message-html strong"))));
        assertThat(bold).as("the office's bold words reach the citizen as bold").isEqualTo("la ricevuta di pagamento");
        browser.screenshot("practice-messages-rich-it");
        browser.assertAccessible();
        browser.type("message-text", "Ecco il numero della transazione: 12345.");
        browser.submit(By.id("message-send"));

        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/pratiche/dettaglio.xhtml?pratica=" + first);
        openPanel("actions:accept-integration");
        assertThat(browser.driver().findElement(By.id("actions:panel")).getText())
                .contains("Ecco il numero della transazione");
        browser.assertAccessible();
        // with no answer ticked nothing is accepted
        List<WebElement> answers = browser.driver().findElements(By.cssSelector("[data-answer]"));
        assertThat(answers)
                .isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.isSelected()).isTrue());
        answers.forEach(WebElement::click);
        browser.submit(By.id("actions:accept-confirm"));
        assertThat(browser.messages()).contains("Scegli almeno una risposta del cittadino");
        assertThat(text("practice-status")).isEqualTo("In attesa di integrazioni");

        // cancelling the request is asked again; "No" leaves it open
        browser.click(By.id("actions:cancel-integration"));
        browser.await()
                .until(d ->
                        d.findElement(By.cssSelector(".ui-confirmdialog-no")).isDisplayed());
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".ui-confirm-dialog"))
                        .getText())
                .contains("Il cittadino non potrà più rispondere");
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        assertThat(text("practice-status")).isEqualTo("In attesa di integrazioni");

        openPanel("actions:accept-integration");
        browser.submit(By.id("actions:accept-confirm"));
        assertThat(text("practice-status")).isEqualTo("Presa in carico");

        openPanel("actions:approve");
        browser.typeRich(
                "actions:panel-message",
                "Le copie sono pronte per il ritiro:",
                Keys.ENTER,
                "- lunedì mattina",
                Keys.ENTER,
                "giovedì pomeriggio");
        assertThat(browser.value("actions:panel-amount"))
                .as("access to records is paid on release: the amount is asked")
                .isNotEmpty();
        // A typing error in the amount and a number of stamps the browser would not let through: the
        // server refuses both next to their fields, the practice is not decided, and nothing typed is lost.
        browser.type("actions:panel-amount", "12,3x");
        browser.type("actions:panel-stamps", "-1");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('actions').noValidate = true");
        browser.submit(By.id("actions:panel-confirm"));
        assertThat(text("practice-status")).isEqualTo("Presa in carico");
        assertThat(text("actions:panel-amount-message")).contains("Scrivi un importo in euro, ad esempio 12,30");
        assertThat(text("actions:panel-stamps-message"))
                .contains("Il numero di marche da bollo non può essere negativo");
        assertThat(browser.value("actions:panel-amount")).isEqualTo("12,3x");
        browser.await()
                .until(d ->
                        d.findElement(By.id("actions:panel")).getText().contains("Le copie sono pronte per il ritiro"));
        browser.type("actions:panel-stamps", "0");
        browser.type("actions:panel-amount", "0,00");
        browser.screenshot("desk-approve-panel-it");
        browser.assertAccessible();
        browser.submit(By.id("actions:panel-confirm"));
        assertThat(text("practice-status")).isEqualTo("Accettata");
        assertThat(browser.messages()).contains("Esito registrato");
        assertThat(browser.driver().findElements(By.id("actions:take"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("actions:approve")))
                .as("a decided practice cannot be changed")
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#message-list .desk-message-office ul li")))
                .as("typed \"- \" makes a bulleted list")
                .extracting(item -> item.getAttribute("textContent"))
                .containsExactly("lunedì mattina", "giovedì pomeriggio");

        // The generated letter and integration document, as the operator downloads them from the files.
        visit("backoffice/pratiche/dettaglio.xhtml?pratica=" + first + "&scheda=allegati");
        String letter = PdfText.of(browser.download(fileLink("esito-")));
        assertThat(letter)
                .contains(
                        "Esito della richiesta: accettata",
                        "Paolo Colombo (" + CITIZEN + ")",
                        "Le copie sono pronte per il ritiro");
        assertThat(letter.replace(" ", "")).contains("Numerorichiesta:" + first);
        String integration = PdfText.of(browser.download(fileLink("integrazione-")));
        assertThat(integration).contains("Integrazioni alla richiesta", "la ricevuta di pagamento");
        assertThat(integration.replace(" ", "")).contains(first);

        // A second practice, rejected from the list.
        String second = createOnBehalf("Planimetrie del progetto di piazza Garibaldi.");
        visit("backoffice/pratiche/index.xhtml?servizio=accesso-agli-atti&stato=ACQUIRED&cerca=" + CITIZEN);
        assertThat(browser.driver().getCurrentUrl()).contains("stato=ACQUIRED");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='list:practices_data'] tr[data-rk]"));
        assertThat(rows)
                .extracting(row -> row.getAttribute("data-rk"))
                .contains(second)
                .doesNotContain(first);
        browser.screenshot("desk-list-it");
        WebElement fiscalCode = browser.driver().findElement(By.cssSelector("td.desk-fiscal-code"));
        assertThat(fiscalCode.getText()).isEqualTo(CITIZEN);
        assertThat((Boolean) ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var text = document.createRange(); text.selectNodeContents(arguments[0]);"
                                        + " return arguments[0].scrollWidth <= arguments[0].clientWidth && text.getClientRects().length === 1",
                                fiscalCode))
                .as("a codice fiscale is read whole, on one line")
                .isTrue();
        browser.assertAccessible();
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-rk='" + second + "'] .ui-chkbox-box"));
        row.click();
        browser.type("list:bulk-text", "Le informazioni sono pubblicate sul sito del Comune.");
        browser.click(By.id("list:bulk-reject"));
        browser.awaitAjax();
        assertThat(bulkFeedback())
                .as("not taken in charge yet: the rule refuses, says why, and names the practice")
                .contains(
                        "Prendi in carico la pratica prima di lavorarla",
                        "Pratica " + second.substring(0, 8),
                        "Richiesta di accesso agli atti",
                        "Paolo Colombo");
        assertThat(browser.messages())
                .as("said in the bulk section, not at the top of the page")
                .isEmpty();
        browser.driver()
                .findElement(By.cssSelector("tr[data-rk='" + second + "'] .ui-chkbox-box"))
                .click();
        browser.click(By.id("list:bulk-take"));
        browser.awaitAjax();
        assertThat(bulkFeedback()).contains("Azione eseguita su 1 pratiche di 1");
        browser.await()
                .until(d -> d.findElements(By.cssSelector("tr[data-rk='" + second + "']"))
                        .isEmpty());
        visit("backoffice/pratiche/index.xhtml?servizio=accesso-agli-atti&stato=IN_PROGRESS&coda=MINE&cerca="
                + CITIZEN);
        browser.driver()
                .findElement(By.cssSelector("tr[data-rk='" + second + "'] .ui-chkbox-box"))
                .click();
        browser.type("list:bulk-text", "Le informazioni sono pubblicate sul sito del Comune.");
        browser.click(By.id("list:bulk-reject"));
        browser.awaitAjax();
        assertThat(bulkFeedback()).contains("Azione eseguita su 1 pratiche di 1");
        visit("backoffice/pratiche/dettaglio.xhtml?pratica=" + second);
        assertThat(text("practice-status")).isEqualTo("Rifiutata");

        // The address keeps the filter; one the list does not know is named, not guessed.
        visit("backoffice/pratiche/index.xhtml?servizio=accesso-agli-atti&cerca=" + CITIZEN + "&stato=NOPE");
        assertThat(browser.messages()).contains("non sono validi", "stato");
        visit("backoffice/pratiche/index.xhtml?servizio=accesso-agli-atti&cerca=" + CITIZEN + "&area=atlantide");
        assertThat(browser.messages()).contains("non sono validi", "area");
        assertThat(listed()).as("an unknown area is ignored").contains(first, second);
        visit("backoffice/pratiche/index.xhtml?servizio=accesso-agli-atti&cerca=" + CITIZEN + "&area=centro-storico");
        assertThat(text("filters:area_label")).isEqualTo("Centro storico");
        assertThat(listed())
                .as("a request for records holds no address, so it is in no area")
                .isEmpty();

        // The export follows the list's filter, with a field of the service's form ticked.
        visit("backoffice/pratiche/index.xhtml?servizio=accesso-agli-atti&cerca=" + CITIZEN);
        browser.facesAjax(() -> browser.click(By.cssSelector("[data-export-field='modalita']")));
        byte[] export = Files.readAllBytes(browser.download(By.id("export-csv")));
        assertThat(export).startsWith(SpreadsheetRows.BOM);
        List<List<String>> csv = SpreadsheetRows.csv(export);
        assertThat(csv.get(0))
                .containsExactly(
                        "Accesso",
                        "Richiedente",
                        "Codice fiscale",
                        "Data di inserimento",
                        "Ultimo cambio stato",
                        "Stato",
                        "Operatore",
                        "Ufficio",
                        "Area geografica",
                        "Priorità",
                        "Numero richiesta",
                        "Modalità di accesso");
        assertThat(SpreadsheetRows.rowWith(csv, first))
                .containsEntry("Richiedente", "Paolo Colombo")
                .containsEntry("Codice fiscale", CITIZEN)
                .containsEntry("Stato", "Accettata")
                .containsEntry("Modalità di accesso", "Copia semplice");
        assertThat(SpreadsheetRows.rowWith(csv, second))
                .containsEntry("Stato", "Rifiutata")
                .containsEntry("Modalità di accesso", "Copia semplice");

        // A service the operator's list does not offer is named and left out: the list is of all their
        // services, as the menu says; the statistics likewise; the export's address names it instead of a file.
        visit("backoffice/pratiche/index.xhtml?servizio=servizio-inesistente&cerca=" + CITIZEN);
        assertThat(browser.messages())
                .contains("servizio-inesistente", "non esiste o non è tra quelli per cui sei abilitato");
        assertThat(text("filters:service_label")).isEqualTo("Tutti");
        assertThat(listed()).contains(first, second);
        visit("backoffice/pratiche/esporta?servizio=servizio-inesistente&cerca=" + CITIZEN);
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("servizio-inesistente", "non esiste o non è tra quelli per cui sei abilitato")
                .doesNotContain(first);
        visit("backoffice/pratiche/statistiche.xhtml?servizio=servizio-inesistente");
        assertThat(browser.messages()).contains("servizio-inesistente", "le statistiche sono di tutti i tuoi servizi");

        visit("backoffice/pratiche/statistiche.xhtml?servizio=accesso-agli-atti");
        assertThat(Long.parseLong(text("total"))).isGreaterThanOrEqualTo(2);
        assertThat(browser.driver().findElements(By.cssSelector("#chart canvas")))
                .isNotEmpty();
        browser.screenshot("desk-statistics-it");
        browser.assertAccessible();

        // The registry office's manager is not enabled for access to records: none of it is theirs.
        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "manager", "Manager.Bugliano.1");
        visit("backoffice/pratiche/index.xhtml?cerca=" + CITIZEN + "&servizio=accesso-agli-atti");
        assertThat(browser.messages())
                .contains("accesso-agli-atti", "non esiste o non è tra quelli per cui sei abilitato");
        assertThat(listed()).as("the list is of the manager's own services").doesNotContain(first, second);
        visit("backoffice/pratiche/dettaglio.xhtml?pratica=" + first);
        assertThat(browser.driver().findElements(By.id("practice-status"))).isEmpty();
        visit("backoffice/pratiche/index.xhtml?cerca=" + CITIZEN);
        List<List<String>> theirs = SpreadsheetRows.csv(Files.readAllBytes(browser.download(By.id("export-csv"))));
        assertThat(theirs.get(0)).contains("Numero richiesta");
        assertThat(theirs.stream().flatMap(List::stream)).doesNotContain(first, second);
    }

    @Test
    void aCitizenTheDeskDoesNotKnowIsCreatedWithThePractice() {
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/pratiche/nuova.xhtml");
        chooseService();
        browser.type("choose:search", "Nessuno Conosciuto");
        browser.click(By.id("choose:find"));
        browser.awaitAjax();
        assertThat(browser.messages()).contains("Nessun cittadino trovato");
        browser.type("choose:fiscal-code", "RSSMRA80A01H50");
        browser.type("choose:given-name", "Maria");
        browser.type("choose:family-name", "Nuova");
        browser.click(By.id("choose:create"));
        browser.awaitAjax();
        assertThat(browser.driver().findElements(By.id("on-behalf-of")))
                .as("an invalid codice fiscale starts nothing")
                .isEmpty();
        assertThat(browser.driver().findElement(By.id("choose:fiscal-code")).getAttribute("value"))
                .isEqualTo("RSSMRA80A01H50");

        String code = "NVOMRA90A41G702" + checkCharacter("NVOMRA90A41G702");
        browser.type("choose:fiscal-code", code);
        browser.click(By.id("choose:create"));
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("on-behalf-of")).isEmpty());
        assertThat(text("on-behalf-of")).contains("Maria Nuova", code);
        fillAndSend("Delibera della giunta n. 45.");
        assertThat(text("practice-applicant")).contains("Maria Nuova", code);
        assertThat(text("practice-status")).isEqualTo("Acquisita");
    }

    /** Creates and sends a practice of "Richiesta di accesso agli atti" for the demo citizen; ends on its desk page. */
    private String createOnBehalf(String message) {
        visit("backoffice/pratiche/nuova.xhtml");
        browser.assertAccessible();
        chooseService();
        browser.type("choose:search", "colombo");
        browser.click(By.id("choose:find"));
        browser.awaitAjax();
        browser.click(By.cssSelector("#choose .desk-choose"));
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("on-behalf-of")).isEmpty());
        assertThat(text("on-behalf-of")).contains("Paolo Colombo", CITIZEN);
        return fillAndSend(message);
    }

    private List<String> listed() {
        return browser.driver().findElements(By.cssSelector("[id='list:practices_data'] tr[data-rk]")).stream()
                .map(row -> row.getAttribute("data-rk"))
                .toList();
    }

    private void chooseService() {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('choose:service_input').value = 'accesso-agli-atti';");
    }

    private String fillAndSend(String message) {
        input("documenti").sendKeys(message);
        input("motivazione").sendKeys("Tutela di un interesse personale e concreto.");
        WebElement copy = browser.driver()
                .findElement(By.cssSelector("[data-field='modalita'] input[type='radio'][value='copia_semplice']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", copy);
        browser.type("fill:email", "paolo.colombo@example.org");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('fill:privacy').click()");
        browser.screenshot("desk-on-behalf-it");
        browser.submit(By.id("fill:send"));
        assertThat(browser.driver().getCurrentUrl()).contains("/backoffice/pratiche/dettaglio.xhtml");
        return browser.driver().getCurrentUrl().replaceAll(".*pratica=([^&]+).*", "$1");
    }

    private static char checkCharacter(String first15) {
        return it.sportello.identity.entity.FiscalCode.checkCharacter(first15);
    }

    private void openPanel(String button) {
        browser.click(By.id(button));
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("actions:panel")).isEmpty());
    }

    /** The link of a file in the practice's files tab, by the start of the file's name. */
    private static By fileLink(String nameStart) {
        return By.xpath("//table[@id='files']//a[starts-with(normalize-space(), '" + nameStart + "')]");
    }

    private WebElement input(String field) {
        return browser.driver().findElement(By.cssSelector("[data-field-input='" + field + "']"));
    }

    /** The element's text once the tab showing it has faded in; {@code null} while it is still hidden. */
    private static String visibleText(WebElement element) {
        String text = element.getText();
        return text.isEmpty() ? null : text;
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    void anAssignmentRuleIsDeletedOnlyOnceTheDeletionIsConfirmed() {
        browser.adminLogin(base);
        visit("backoffice/pratiche/assegnazione.xhtml?servizio=segnalazione-disservizio");
        JavascriptExecutor js = browser.driver();
        js.executeScript("var field = document.getElementById('add:field_input'); field.value = 'categoria';"
                + " field.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.awaitAjax();
        browser.await()
                .until(d -> new Select(d.findElement(By.id("add:value_input")))
                                .getOptions()
                                .size()
                        > 1);
        js.executeScript("var value = document.getElementById('add:value_input'); value.value = value.options[1].value;"
                + " var office = document.getElementById('add:office_input'); office.value = office.options[1].value;");
        browser.submit(By.id("add:add-rule"));
        assertThat(browser.messages()).contains("Regola aggiunta");
        By remove = By.xpath("//table[@id='rule-list']//button[normalize-space()='Elimina']");
        int rules = browser.driver().findElements(remove).size();
        assertThat(rules).isPositive();

        browser.click(remove);
        browser.await()
                .until(d ->
                        d.findElement(By.cssSelector(".ui-confirmdialog-no")).isDisplayed());
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".ui-confirm-dialog"))
                        .getText())
                .contains("Eliminare questa regola di assegnazione?");
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        assertThat(browser.driver().findElements(remove)).hasSize(rules);

        browser.click(remove);
        browser.await()
                .until(d ->
                        d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.submit(By.cssSelector(".ui-confirmdialog-yes"));
        assertThat(browser.messages()).contains("Regola eliminata");
        assertThat(browser.driver().findElements(remove)).hasSize(rules - 1);
    }

    /** The labels a select offers. */
    private List<String> options(String selectId) {
        return new Select(browser.driver().findElement(By.id(selectId)))
                .getOptions().stream()
                        .map(option -> option.getAttribute("textContent").strip())
                        .toList();
    }

    /** What the bulk actions said, in their own section below the list. */
    private String bulkFeedback() {
        return browser.driver().findElement(By.id("list:bulk-feedback")).getText();
    }
}
