package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import it.sportello.testing.Browser;
import it.sportello.testing.PdfText;

/**
 * Anna reads one of her sent practices in the browser, tab by tab, downloads her photo and the form
 * she filled in, and changes her mind about withdrawing it.
 */
final class PracticeDetailJourney {

    private PracticeDetailJourney() {}

    static void readAndAskToWithdraw(URL base, String report) {
        try (Browser browser = Browser.open()) {
            browser.visit(base, "accesso/demo.xhtml?metodo=SPID");
            WebElement anna = browser.driver().findElements(By.cssSelector("#demo input[type='submit']")).stream()
                    .filter(candidate -> candidate.getAttribute("value").endsWith("Anna Galli"))
                    .findFirst()
                    .orElseThrow();
            String login = browser.driver().getCurrentUrl();
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", anna);
            anna.click();
            browser.await().until(d -> !d.getCurrentUrl().equals(login));
            browser.visit(base, "area-personale/pratiche/dettaglio.xhtml?pratica=" + report);

            assertThat(browser.heading()).isEqualTo("Segnalazione disservizio");
            assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                    .isEqualTo("Acquisita");
            assertThat(browser.driver().findElement(By.id("protocol")).getText())
                    .isEqualTo("In attesa di protocollazione");
            assertThat(browser.driver().findElement(By.id("field-descrizione")).getText())
                    .isEqualTo("Marciapiede dissestato in via Roma");
            assertThat(browser.driver().findElements(By.id("tab-pagamento")))
                    .as("a report has nothing to pay")
                    .isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#iter li")))
                    .extracting(WebElement::getText)
                    .anySatisfy(step -> assertThat(step).startsWith("Inviata"));
            browser.screenshot("practice-detail-it");
            browser.assertAccessible();

            // the tabs follow the ARIA pattern: the open one is in the Tab order, the arrow keys move to
            // the others and Enter opens the one reached
            browser.driver().executeScript("document.getElementById('tab-modulo').focus()");
            new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("tab-allegati");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.await()
                    .until(d ->
                            "true".equals(d.findElement(By.id("tab-allegati")).getAttribute("aria-selected")));
            browser.await()
                    .until(d -> d.findElement(By.cssSelector("#allegati .sportello-download"))
                            .isDisplayed());
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#allegati .sportello-download"))
                            .getText())
                    .isEqualTo("marciapiede è rotto.png");
            browser.screenshot("practice-detail-files-it");
            browser.assertAccessible();

            // what she gets: the photo as she sent it, under its name, and the form she filled in
            Path photo = browser.download(By.cssSelector("#allegati .sportello-download"));
            assertThat(photo.getFileName().toString()).isEqualTo("marciapiede è rotto.png");
            assertThat(Files.readAllBytes(photo)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            String form = PdfText.of(browser.download(By.id("filled-form")));
            assertThat(form)
                    .contains("Modulo compilato", "Segnalazione disservizio", "Marciapiede dissestato in via Roma");
            assertThat(form.replace(" ", "")).contains(report);

            browser.click(By.id("tab-messaggi"));
            browser.await().until(d -> d.findElement(By.id("message-text")).isDisplayed());
            assertThat(browser.driver().findElement(By.id("message-list")).getText())
                    .contains("Ecco la foto del marciapiede");
            browser.screenshot("practice-detail-messages-it");
            browser.assertAccessible();

            browser.submit(By.id("withdraw"));
            assertThat(browser.driver()
                            .findElement(By.id("withdraw-confirmation"))
                            .getText())
                    .contains("Vuoi ritirare la pratica?");
            browser.screenshot("practice-detail-withdraw-confirm-it");
            browser.assertAccessible();
            browser.submit(By.id("withdraw-cancel"));
            assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                    .isEqualTo("Acquisita");
        } catch (IOException e) {
            throw new UncheckedIOException("A downloaded file could not be read", e);
        }
    }
}
