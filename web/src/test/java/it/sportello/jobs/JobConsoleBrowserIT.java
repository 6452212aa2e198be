package it.sportello.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import it.sportello.platform.time.Clocks;
import it.sportello.testing.BrowserJourney;
import it.sportello.testing.PdfText;

/**
 * The administrators' job console: every job with its executions, a run started from the page
 * that shows up completed with its step counts, the outbox by status, the day's protocol register
 * downloaded; other staff are kept out.
 */
class JobConsoleBrowserIT extends BrowserJourney {

    @Test
    void anAdministratorStartsAJobAndSeesItsExecutionWithTheStepCounts() throws java.io.IOException {
        WebDriver driver = browser.driver();
        browser.adminLogin(base);
        browser.submit(By.linkText("Lavori"));

        assertThat(browser.heading()).isEqualTo("Lavori in background");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Posta in uscita", "Protocollazione", "Scadenza delle bozze", "Promemoria");
        browser.assertAccessible();

        browser.click(By.cssSelector("#job-draft-expiry .job-start"));
        browser.awaitAjax();
        browser.await().until(d -> browser.messages().contains("Avviata l'esecuzione"));
        browser.await().until(d -> {
            browser.click(By.id("jobs:refresh"));
            browser.awaitAjax();
            return d.findElement(By.cssSelector("#job-draft-expiry .job-runs tbody"))
                    .getText()
                    .contains("Completata");
        });
        String run = driver.findElement(By.cssSelector("#job-draft-expiry .job-runs tbody tr"))
                .getText();
        assertThat(run).contains("Completata");
        browser.assertAccessible();

        browser.facesAjax(() -> browser.click(By.xpath("//label[starts-with(normalize-space(),'Consegnate')]")));
        assertThat(driver.findElement(By.id("outbox:mails")).isDisplayed()).isTrue();
        browser.screenshot("job-console");
        browser.assertAccessible();

        // the protocol register of the day the page proposes, today, as the administrator downloads it
        String today = LocalDate.now(Clocks.ITALY).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(PdfText.of(browser.download(By.id("protocol:daily"))))
                .contains("Registro giornaliero di protocollo del " + today);
    }

    @Test
    void anOperatorDoesNotReachTheJobConsole() {
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");

        assertThat(browser.driver().findElements(By.linkText("Lavori"))).isEmpty();
        visit("backoffice/lavori/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Accesso non consentito");
    }
}
