package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.sportello.testing.BrowserJourney;

/**
 * A citizen without practices goes through the personal area: the desk, "Le mie pratiche" with
 * its status tabs and counts, a filter that does not exist, the documents, and the address of a
 * practice that is not there. A citizen with practices is tried in the browser by
 * {@link PracticeAuthorizationIT}, which can make them first: this class deploys for the browser
 * only and there is no page yet that makes a practice.
 */
class PersonalAreaBrowserIT extends BrowserJourney {

    @Test
    void aCitizenWithoutPracticesFindsTheDeskThePracticeTabsAndTheDocumentsEmpty() {
        visit("accesso/demo.xhtml?metodo=SPID");
        loginAs("Luca Verdi");

        assertThat(browser.heading()).isEqualTo("Area personale");
        assertThat(browser.driver().findElement(By.id("recent-empty")).getText())
                .contains("Non hai ancora nessuna pratica");
        assertThat(browser.driver().findElement(By.id("featured-title")).getText())
                .isEqualTo("Servizi in evidenza");
        browser.screenshot("desk-practices-it");
        browser.assertAccessible();

        browser.submit(By.id("desk-practices"));
        assertThat(browser.heading()).isEqualTo("Le mie pratiche");
        assertThat(browser.driver().findElements(By.cssSelector("#status-tabs .nav-link")))
                .hasSize(9)
                .allSatisfy(tab -> assertThat(
                                tab.findElement(By.cssSelector(".badge")).getText())
                        .isEqualTo("0"));
        assertThat(browser.driver().findElement(By.id("tab-DRAFTS")).getText()).startsWith("In bozza");
        assertThat(browser.driver().findElement(By.id("practices-empty")).getText())
                .isEqualTo("Nessuna pratica in questo elenco.");
        browser.screenshot("practices-empty-it");
        browser.assertAccessible();

        browser.submit(By.id("tab-TO_INTEGRATE"));
        assertThat(browser.driver().getCurrentUrl())
                .endsWith("/area-personale/pratiche/index.xhtml?stato=TO_INTEGRATE");
        assertThat(browser.driver().findElement(By.id("tab-TO_INTEGRATE")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(browser.driver().findElement(By.id("tab-ALL")).getAttribute("aria-current"))
                .isNull();
        browser.assertAccessible();

        visit("area-personale/pratiche/index.xhtml?stato=CHIUSE");
        assertThat(browser.messages()).isEqualTo("Il filtro richiesto non esiste: sono mostrate tutte le pratiche.");
        assertThat(browser.driver().findElement(By.id("tab-ALL")).getAttribute("aria-current"))
                .isEqualTo("page");
        browser.screenshot("practices-unknown-filter-it");
        browser.assertAccessible();

        visit("area-personale/index.xhtml");
        browser.submit(By.id("desk-documents"));
        assertThat(browser.heading()).isEqualTo("Documenti");
        assertThat(browser.driver().findElement(By.id("documents-empty")).getText())
                .contains("ancora documenti");
        browser.screenshot("documents-empty-it");
        browser.assertAccessible();
    }

    @Test
    void theAddressOfAPracticeThatIsNotTheCitizensIsAPageNotFound() {
        visit("area-personale/pratiche/dettaglio.xhtml?pratica=2023e419-4f73-4351-96df-a8de6022c243");
        browser.submit(By.id("login-SPID"));
        loginAs("Giulia Bianchi");

        assertThat(browser.heading()).isEqualTo("Pagina non trovata");
        browser.screenshot("practice-not-found-it");
        browser.assertAccessible();
    }

    @Test
    void thePracticeListSpeaksEnglishAfterTheLanguageSwitch() {
        visit("accesso/demo.xhtml?metodo=CIE");
        loginAs("Sara Ferrari");

        visit("lingua/en?torna=%2Farea-personale%2Fpratiche%2Findex.xhtml%3Fstato%3DSENT");

        assertThat(browser.heading()).isEqualTo("My practices");
        assertThat(browser.driver().findElement(By.id("tab-SENT")).getText()).startsWith("Sent");
        assertThat(browser.driver().findElement(By.id("practices-empty")).getText())
                .isEqualTo("No practices in this list.");
        browser.screenshot("practices-empty-en");
        browser.assertAccessible();
    }

    private void loginAs(String name) {
        WebElement button = browser.driver().findElements(By.cssSelector("#demo input[type='submit']")).stream()
                .filter(candidate -> candidate.getAttribute("value").endsWith(name))
                .findFirst()
                .orElseThrow();
        String before = browser.driver().getCurrentUrl();
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
    }
}
