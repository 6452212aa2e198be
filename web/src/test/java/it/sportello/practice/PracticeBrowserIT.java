package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import it.sportello.platform.pdf.TextDocument;
import it.sportello.testing.BrowserJourney;
import it.sportello.testing.Mailbox;

/**
 * A citizen fills a practice as a delegate with attachments, leaves, comes back to the draft,
 * declares the stamp duties, pays the simulated checkout, sends it once even when clicking twice,
 * and gets the receipt by e-mail (GreenMail, in this JVM).
 */
class PracticeBrowserIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void aDelegateFillsLeavesResumesAndSendsADrivewayPermitAndGetsTheReceipt() throws Exception {
        visit("servizi/scheda.xhtml?servizio=permesso-passo-carrabile");
        browser.submit(By.cssSelector("[data-element='service-online-access']"));
        browser.submit(By.id("login-CIE"));
        browser.chooseDemoIdentity("Giulia Bianchi");

        browser.click(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        String draft = browser.driver().getCurrentUrl();
        assertThat(draft).contains("pratica=");
        assertThat(browser.driver().findElement(By.id("applicant-code")).getText())
                .isEqualTo("BNCGLI85M52F205H");
        browser.assertAccessible();
        browser.submit(By.id("fill:next-applicant"));

        radio("fill:role", "DELEGATE");
        browser.await()
                .until(d -> !d.findElements(By.id("fill:beneficiary-code")).isEmpty());
        browser.type("fill:beneficiary-code", "RSSMRA80A01H501X");
        browser.type("fill:beneficiary-given", "Mario");
        browser.type("fill:beneficiary-family", "Rossi");
        date("fill:delegation-until", LocalDate.now().plusMonths(6));
        date("fill:document-until", LocalDate.now().plusYears(3));
        browser.driver()
                .findElement(By.id("fill:delegation-file"))
                .sendKeys(pdf("delega").toString());
        browser.driver()
                .findElement(By.id("fill:document-file"))
                .sendKeys(pdf("carta-identita").toString());
        browser.submit(By.id("fill:next-role"));
        assertThat(browser.driver().findElement(By.id("fill")).getText())
                .as("a wrong check character is explained")
                .contains("Codice fiscale non valido");
        browser.screenshot("practice-delegate-invalid-it");
        browser.assertAccessible();

        // an expired delegation is refused at this step, next to its date; the files are kept
        browser.type("fill:beneficiary-code", "RSSMRA80A01H501U");
        date("fill:delegation-until", LocalDate.now().minusDays(1));
        browser.driver()
                .findElement(By.id("fill:delegation-file"))
                .sendKeys(pdf("delega").toString());
        browser.driver()
                .findElement(By.id("fill:document-file"))
                .sendKeys(pdf("carta-identita").toString());
        browser.submit(By.id("fill:next-role"));
        assertThat(sectionTitle()).isEqualTo("Ruolo");
        assertThat(besideField("fill:delegation-until")).contains("La delega è scaduta");
        assertThat(besideField("fill:delegation-file")).contains("delega").doesNotContain("Allega");
        assertThat(besideField("fill:document-file")).contains("carta-identita");
        browser.screenshot("practice-delegation-expired-it");

        date("fill:delegation-until", LocalDate.now().plusMonths(6));
        browser.submit(By.id("fill:next-role"));
        assertThat(sectionTitle()).isEqualTo("Tipo di richiesta");

        new Select(input("tipo_richiesta")).selectByValue("ATTIVAZIONE");
        browser.submit(By.id("fill:next-section"));
        assertThat(sectionTitle()).isEqualTo("Passo carrabile");

        // Leave in the middle, come back: the draft is where it was left.
        visit("");
        browser.driver().get(draft);
        assertThat(sectionTitle()).isEqualTo("Passo carrabile");
        browser.submit(By.id("fill:back"));
        assertThat(new Select(input("tipo_richiesta")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ATTIVAZIONE");
        browser.submit(By.id("fill:next-section"));

        input("ubicazione.street").sendKeys("Via Roma");
        input("ubicazione.number").sendKeys("3");
        selectAndWait("ubicazione.province", "PI");
        browser.await()
                .until(d -> new Select(input("ubicazione.comune")).getOptions().size() > 10);
        new Select(input("ubicazione.comune")).selectByValue("Pisa");
        input("ubicazione.cap").sendKeys("56121");
        input("larghezza").sendKeys("3");
        radio("fill:" + radioId("durata"), "permanente");
        date(inputId("data_inizio"), LocalDate.now().plusDays(5));
        browser.submit(By.id("fill:next-section"));
        assertThat(sectionTitle()).isEqualTo("Documenti allegati");
        input("planimetria").sendKeys(pdf("planimetria").toString());
        browser.submit(By.id("fill:next-section"));

        // The service asks for two stamp duties and the sign's refund with the request.
        assertThat(sectionTitle()).isEqualTo("Pagamento");
        assertThat(browser.driver().findElement(By.id("payment-amount")).getText())
                .contains("20,00");
        String stamps = String.format("%012d", System.currentTimeMillis() % 1_000_000_000_000L);
        stamp(0, stamps + "01");
        stamp(1, stamps + "02");
        browser.submit(By.id("fill:next-payment"));

        assertThat(sectionTitle()).isEqualTo("Riepilogo");
        assertThat(summary("beneficiary")).contains("Mario Rossi", "RSSMRA80A01H501U");
        assertThat(summary("durata_testo")).isEqualTo("La durata del passo carrabile sarà di 29 anni");
        assertThat(summary("payment")).contains("20,00");
        browser.screenshot("practice-summary-it");
        browser.assertAccessible();

        // the role is changed from the summary, which the step then leads back to
        browser.submit(By.id("fill:change-role"));
        assertThat(sectionTitle()).isEqualTo("Ruolo");
        assertThat(browser.value("fill:beneficiary-given")).isEqualTo("Mario");
        browser.type("fill:beneficiary-given", "Mario Luigi");
        browser.submit(By.id("fill:next-role"));
        assertThat(sectionTitle()).isEqualTo("Riepilogo");
        assertThat(summary("beneficiary")).contains("Mario Luigi Rossi");

        // The same summary open in a second tab, to be sent again once the first tab has sent it.
        String first = browser.driver().getWindowHandle();
        String second = browser.driver().switchTo().newWindow(WindowType.TAB).getWindowHandle();
        browser.driver().get(draft);
        assertThat(sectionTitle()).isEqualTo("Riepilogo");
        browser.driver().switchTo().window(first);

        // Sent once paid: the simulated checkout notifies the desk, then brings the citizen back.
        browser.submit(By.id("fill:send"));
        assertThat(browser.driver().findElement(By.id("simulation-notice")).getText())
                .contains("SIMULAZIONE");
        browser.submit(By.id("pay"));
        assertThat(browser.driver().getCurrentUrl())
                .contains("/area-personale/pratiche/dettaglio.xhtml?")
                .contains("pratica=");
        String reference =
                browser.driver().getCurrentUrl().replaceAll(".*pratica=", "").replaceAll("&.*", "");

        MimeMessage receipt = Mailbox.mailTo(SMTP, "giulia.bianchi@example.org");
        assertThat(receipt.getSubject()).contains("ricevuta di presentazione", "Permesso per passo carrabile");
        Multipart parts = (Multipart) receipt.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("NON è l'esito della domanda", reference);
        BodyPart attached = parts.getBodyPart(1);
        assertThat(attached.getFileName()).isEqualTo("modulo-" + reference + ".pdf");
        assertThat(attached.getContentType()).startsWith("application/pdf");

        // The practice in the personal area: its iter, a message to the office, then withdrawn.
        assertThat(browser.messages()).contains("Richiesta inviata con numero " + reference);
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("Acquisita");
        assertThat(browser.driver().findElement(By.id("iter")).getText())
                .contains("Bozza", "In attesa di pagamento", "Pagamento avvenuto", "Inviata", "Acquisita");
        assertThat(browser.driver().findElement(By.id("protocol")).getText()).isEqualTo("In attesa di protocollazione");
        browser.screenshot("practice-detail-it");
        browser.assertAccessible();
        browser.click(By.id("tab-messaggi"));
        browser.type("message-text", "Allego anche la foto dell'accesso.");
        browser.driver()
                .findElement(By.id("message-files"))
                .sendKeys(pdf("foto-accesso").toString());
        browser.submit(By.id("message-send"));
        browser.click(By.id("tab-messaggi"));
        assertThat(browser.driver().findElement(By.id("message-list")).getText())
                .contains("Allego anche la foto dell'accesso.");
        // Paid: it can no longer be withdrawn, so the page offers no withdrawal and says why.
        assertThat(browser.driver().findElements(By.id("withdraw"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("withdraw-refusal")).getText())
                .contains("è presente un pagamento");
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("Acquisita");
        browser.screenshot("practice-withdrawal-paid-it");

        // The second tab sends the same summary again: the citizen lands on the same practice, sent once.
        browser.driver().switchTo().window(second);
        browser.submit(By.id("fill:send"));
        assertThat(browser.driver().getCurrentUrl()).contains("pratica=" + reference);
        assertThat(browser.driver().findElement(By.id("iter")).getText().split("Inviata", -1))
                .as("sent once")
                .hasSize(2);
        assertThat(Mailbox.addressedTo(SMTP, "giulia.bianchi@example.org"))
                .as("one receipt")
                .hasSize(1);

        // A change of the permit is a new request linked to this one, which the wizard names.
        browser.submit(By.id("follow-up"));
        assertThat(browser.driver().findElement(By.id("fill")).getText()).contains(reference);
    }

    @Test
    void aRefusedWithdrawalSaysWhyAndACertificateOffersNoLinkedRequest() {
        // Certificates are issued at once: the demo service does not allow withdrawal.
        visit("servizi/compila.xhtml?servizio=certificati-anagrafici");
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Paolo Colombo");
        browser.click(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        browser.type("fill:email", "paolo.colombo@example.org");
        browser.submit(By.id("fill:next-applicant"));
        browser.submit(By.id("fill:next-role"));
        browser.facesAjax(
                () -> click(By.cssSelector("[data-field='certificati'] input[type='checkbox'][value='residenza']")));
        browser.facesAjax(() -> new Select(input("uso")).selectByValue("esente"));
        input("esenzione").sendKeys("Art. 7 L. 405/1990");
        browser.facesAjax(() -> input("copie").sendKeys("1", org.openqa.selenium.Keys.TAB));
        click(By.cssSelector("[data-field='consegna'] input[type='radio'][value='ritiro']"));
        browser.submit(By.id("fill:next-section"));
        assertThat(sectionTitle())
                .as("the secretariat fee is due even when exempt from stamp duty")
                .isEqualTo("Pagamento");
        browser.submit(By.id("fill:next-payment"));
        assertThat(sectionTitle()).isEqualTo("Riepilogo");
        browser.submit(By.id("fill:send"));
        browser.submit(By.id("pay"));
        assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/pratiche/dettaglio.xhtml?pratica=");

        assertThat(browser.driver().findElements(By.id("withdraw"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("withdraw-refusal")).getText())
                .contains("non prevede il ritiro");
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("Acquisita");
        browser.screenshot("practice-withdrawal-refused-it");

        assertThat(browser.driver().findElements(By.id("follow-up")))
                .as("a certificate has no request kinds to link")
                .isEmpty();
    }

    private void click(By locator) {
        WebElement element = browser.driver().findElement(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", element);
    }

    private Path pdf(String title) throws IOException {
        Path file = Files.createTempFile(title, ".pdf");
        Files.write(file, TextDocument.render("Giulia Bianchi", title, "it", List.of()));
        return file;
    }

    /** What the page shows with a field: its label, value or file, and its message. */
    private String besideField(String id) {
        return browser.driver()
                .findElement(By.id(id))
                .findElement(By.xpath(".."))
                .getText();
    }

    private String sectionTitle() {
        return browser.await().until(d -> d.findElement(By.id("section-title")).getText());
    }

    private WebElement input(String field) {
        return browser.driver().findElement(By.cssSelector("[data-field-input='" + field + "']"));
    }

    private String inputId(String field) {
        return input(field).getAttribute("id");
    }

    private String radioId(String field) {
        return browser.driver()
                .findElement(By.cssSelector("[data-field='" + field + "'] table"))
                .getAttribute("id")
                .replaceFirst("^fill:", "");
    }

    private void radio(String groupId, String value) {
        WebElement radio = browser.driver()
                .findElement(By.cssSelector("input[type='radio'][name='" + groupId + "'][value='" + value + "']"));
        browser.facesAjax(() -> ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", radio));
    }

    private void selectAndWait(String field, String value) {
        browser.facesAjax(() -> new Select(input(field)).selectByValue(value));
    }

    private void date(String id, LocalDate date) {
        WebElement field = browser.driver().findElement(By.id(id));
        Runnable set = () -> ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        date.toString());
        if (field.getAttribute("onchange") != null || hasFacesAjax(field)) {
            browser.facesAjax(set);
        } else {
            set.run();
        }
    }

    private boolean hasFacesAjax(WebElement field) {
        String handler = field.getAttribute("onchange");
        return handler != null && handler.contains("faces.ajax");
    }

    private void stamp(int index, String identifier) {
        browser.driver()
                .findElement(By.cssSelector("[data-stamp='identifier-" + index + "']"))
                .sendKeys(identifier);
        date(
                browser.driver()
                        .findElement(By.cssSelector("[data-stamp='day-" + index + "']"))
                        .getAttribute("id"),
                LocalDate.now().minusDays(2));
        WebElement time = browser.driver().findElement(By.cssSelector("[data-stamp='time-" + index + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '10:30';", time);
    }

    private String summary(String field) {
        return browser.driver()
                .findElement(By.cssSelector("[data-summary='" + field + "']"))
                .getText()
                .strip();
    }
}
