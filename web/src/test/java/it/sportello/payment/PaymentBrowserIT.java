package it.sportello.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import it.sportello.testing.BrowserJourney;
import it.sportello.testing.PdfQrCodes;
import it.sportello.testing.PdfText;

/**
 * A citizen asks for a ZTL permit, which is paid with the request: the simulated checkout fails
 * first, the practice waits for its payment, the notice to print is downloaded and its QR code read
 * back. The office approves another request of his asking an amount on release; both notices are
 * paid together from the Pagamenti page with one fee, and their receipts downloaded from there;
 * the first practice is then sent and the second released.
 */
class PaymentBrowserIT extends BrowserJourney {

    private static final String CITIZEN = "RSSMRA80A01H501U";

    @Test
    void aFailedCheckoutLeavesTheRequestWaitingAndItIsPaidLaterFromThePaymentsPage() throws Exception {
        visit("servizi/compila.xhtml?servizio=permesso-ztl");
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Mario Rossi");
        browser.click(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        browser.type("fill:email", "mario.rossi@example.org");
        browser.submit(By.id("fill:next-applicant"));
        browser.submit(By.id("fill:next-role"));
        new Select(wizard.input("tipo_richiesta")).selectByValue("ATTIVAZIONE");
        browser.submit(By.id("fill:next-section"));
        wizard.input("targa").sendKeys("AB123CD");
        new Select(wizard.input("veicolo")).selectByValue("autovettura");
        browser.submit(By.id("fill:next-section"));
        WebElement zone = browser.driver()
                .findElement(By.cssSelector("[data-field='zona'] input[type='radio'][value='centro_storico']"));
        script("arguments[0].click()", zone);
        date("data_inizio", LocalDate.now().plusDays(3));
        date("data_fine", LocalDate.now().plusYears(1));
        browser.submit(By.id("fill:next-section"));

        assertThat(wizard.sectionTitle()).isEqualTo("Pagamento");
        assertThat(browser.driver().findElement(By.id("payment-amount")).getText())
                .contains("30,00");
        browser.screenshot("payment-step-it");
        browser.assertAccessible();
        browser.submit(By.id("fill:next-payment"));
        assertThat(wizard.sectionTitle()).isEqualTo("Riepilogo");
        assertThat(browser.driver().findElement(By.id("fill:send")).getAttribute("value"))
                .isEqualTo("Conferma, invia e paga");
        browser.submit(By.id("fill:send"));

        // The simulated checkout: clearly marked, a test card and the fee; this time it fails.
        assertThat(browser.driver().findElement(By.id("simulation-notice")).getText())
                .contains("SIMULAZIONE");
        assertThat(browser.driver().findElement(By.id("checkout-fee")).getText())
                .contains("1,00");
        assertThat(browser.driver().findElement(By.id("checkout-total")).getText())
                .contains("31,00");
        browser.screenshot("payment-checkout-it");
        browser.assertAccessible();
        browser.submit(By.id("fail"));

        String practicePage = browser.driver().getCurrentUrl();
        assertThat(practicePage).contains("/area-personale/pratiche/dettaglio.xhtml");
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("In attesa di pagamento");
        WebElement card = browser.driver().findElement(By.cssSelector("#pagamento .sportello-payment"));
        assertThat(card.findElement(By.cssSelector("[data-payment-state]")).getText())
                .isEqualTo("Da pagare");
        String noticeNumber =
                card.findElement(By.cssSelector("[data-notice-number]")).getText();
        assertThat(noticeNumber.replace(" ", "")).hasSize(18).startsWith("301");
        assertThat(browser.driver().findElement(By.id("iter")).getText()).contains("In attesa dell'esito di pagamento");
        browser.screenshot("payment-practice-waiting-it");
        browser.assertAccessible();

        // "Paga sul territorio": the notice to print, with the codice avviso, downloaded from the practice.
        String iud = card.getAttribute("data-payment");
        byte[] notice = Files.readAllBytes(
                browser.download(By.cssSelector("[data-payment='" + iud + "'] a[href*='documento=avviso']")));
        assertThat(PdfText.of(notice))
                .contains("Avviso di pagamento pagoPA", noticeNumber, "Permesso ZTL", "RSSMRA80A01H501U", "30,00");
        assertThat(card.findElements(By.cssSelector("a[href*='documento=ricevuta']")))
                .as("no receipt before paying")
                .isEmpty();
        assertThat(statusOf("area-personale/pagamento?iud=" + iud + "&documento=ricevuta"))
                .as("not even at its address")
                .isEqualTo(404);

        // The QR code of the printed notice is what a payment app reads: codice avviso, creditor, amount in cents.
        assertThat(PdfQrCodes.read(notice))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("PAGOPA\\|002\\|" + noticeNumber.replace(" ", "") + "\\|\\d{11}\\|3000");

        // Meanwhile the office approves another request of his, access to records, asking 12,50 € and a
        // stamp duty on release.
        String records = accessToRecordsApprovedAsking("12,50");

        // Later, from the payments page, both notices paid online together, with one fee.
        browser.driver().manage().deleteAllCookies();
        visit("area-personale/pagamenti.xhtml");
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Mario Rossi");
        assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/pagamenti.xhtml");
        assertThat(browser.driver().findElement(By.id("to-pay")).getText()).contains(noticeNumber, "30,00", "12,50");
        String deferred = browser.driver().findElements(By.cssSelector("#to-pay tr[data-payment]")).stream()
                .filter(row -> row.getText().contains("12,50"))
                .findFirst()
                .orElseThrow()
                .getAttribute("data-payment");
        browser.screenshot("payments-page-it");
        browser.assertAccessible();
        browser.submit(By.id("pay-selected"));
        assertThat(browser.messages()).contains("Seleziona almeno un avviso");
        for (String selected : List.of(iud, deferred)) {
            script(
                    "arguments[0].click()",
                    browser.driver()
                            .findElement(By.cssSelector("tr[data-payment='" + selected + "'] input[type='checkbox']")));
        }
        browser.submit(By.id("pay-selected"));
        assertThat(browser.driver().findElement(By.id("checkout-fee")).getText())
                .contains("1,00");
        assertThat(browser.driver().findElement(By.id("checkout-total")).getText())
                .as("30,00 + 12,50 + one fee")
                .contains("43,50");
        browser.screenshot("payment-checkout-together-it");
        browser.submit(By.id("pay"));

        assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/pagamenti.xhtml");
        assertThat(browser.driver().findElement(By.id("paid")).getText()).contains("Permesso ZTL", "30,00", "12,50");
        assertThat(PdfText.of(browser.download(By.cssSelector("#paid tr[data-payment='" + iud + "'] a"))))
                .contains("Ricevuta di pagamento pagoPA", "Permesso ZTL", noticeNumber, "30,00", "RSSMRA80A01H501U");
        assertThat(PdfText.of(browser.download(By.cssSelector("#paid tr[data-payment='" + deferred + "'] a"))))
                .contains("Ricevuta di pagamento pagoPA", "12,50", "RSSMRA80A01H501U");
        browser.screenshot("payments-page-paid-it");
        browser.assertAccessible();

        browser.driver().get(practicePage);
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("Acquisita");
        assertThat(browser.driver().findElement(By.id("iter")).getText()).contains("Pagamento avvenuto", "Inviata");
        // The stamp duty of the release: its identifier, date and time, from the practice's "Pagamento e bolli" tab.
        visit("area-personale/pratiche/dettaglio.xhtml?pratica=" + records);
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isNotEqualTo("Accettata");
        browser.click(By.id("tab-pagamento"));
        browser.await().until(d -> d.findElement(By.id("stamps")).isDisplayed());
        assertThat(browser.driver().findElement(By.id("stamps")).getText()).contains("16,00");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#stamps [data-stamp-state]"))
                        .getText())
                .isEqualTo("Da assolvere al rilascio");
        String stamp = String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
        browser.driver()
                .findElement(By.cssSelector("[data-stamp='identifier-0']"))
                .sendKeys(stamp);
        script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.driver().findElement(By.cssSelector("[data-stamp='day-0']")),
                LocalDate.now().minusDays(1).toString());
        script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.driver().findElement(By.cssSelector("[data-stamp='time-0']")),
                "09:30");
        browser.screenshot("payment-release-stamp-it");
        browser.assertAccessible();
        browser.submit(By.id("provide-stamps-send"));
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .as("released once paid and stamped")
                .isEqualTo("Accettata");
        assertThat(browser.driver().findElement(By.id("stamps")).getAttribute("textContent"))
                .contains(stamp);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#stamps [data-stamp-state]"))
                        .getText())
                .isEqualTo("Assolta");
    }

    /**
     * The office sends a request of access to records for the citizen and approves it, asking the
     * amount and one stamp duty on release; returns the request's number.
     */
    private String accessToRecordsApprovedAsking(String amount) {
        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/pratiche/nuova.xhtml");
        script("document.getElementById('choose:service_input').value = 'accesso-agli-atti';");
        browser.type("choose:search", CITIZEN);
        browser.click(By.id("choose:find"));
        browser.awaitAjax();
        browser.click(By.cssSelector("#choose .desk-choose"));
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("on-behalf-of")).isEmpty());
        wizard.input("documenti").sendKeys("Verbale del consiglio comunale del 3 febbraio.");
        wizard.input("motivazione").sendKeys("Tutela di un interesse personale e concreto.");
        script(
                "arguments[0].click()",
                browser.driver()
                        .findElement(
                                By.cssSelector("[data-field='modalita'] input[type='radio'][value='copia_semplice']")));
        browser.type("fill:email", "mario.rossi@example.org");
        script("document.getElementById('fill:privacy').click()");
        browser.submit(By.id("fill:send"));
        String reference = browser.driver().getCurrentUrl().replaceAll(".*pratica=([^&]+).*", "$1");

        browser.submit(By.id("actions:take"));
        browser.click(By.id("actions:approve"));
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("actions:panel")).isEmpty());
        browser.typeRich("actions:panel-message", "Le copie sono pronte: si ritirano dopo il pagamento dei diritti.");
        browser.type("actions:panel-amount", amount);
        browser.type("actions:panel-stamps", "1");
        browser.submit(By.id("actions:panel-confirm"));
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("In attesa di pagamento");
        return reference;
    }

    /** What the server answers at an address no page links to, with the browser's session. */
    private int statusOf(String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void date(String field, LocalDate day) {
        script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                wizard.input(field),
                day.toString());
    }

    private void script(String code, Object... arguments) {
        ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }
}
