package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.sportello.testing.BrowserJourney;

/** A visitor's first steps on the desk, in a real browser: reading, switching language, getting lost. */
class CitizenLayoutBrowserIT extends BrowserJourney {

    /**
     * A visitor who only reads (or a crawler) costs the server no session: through the home, the
     * catalog searched and filtered, a card, the FAQ, the payments page and a calendar's week, the
     * browser is given no cookie at all.
     */
    @Test
    void readingThePublicPagesLeavesNoCookie() {
        browser.visit(base, "");
        browser.driver().manage().deleteAllCookies();

        browser.visit(base, "");
        browser.submit(By.cssSelector("#main-container a[href$='/servizi/index.xhtml']"));
        browser.type("q", "certificato");
        browser.submit(By.cssSelector("form[role='search'] button[type='submit']"));
        assertThat(browser.driver().getCurrentUrl()).contains("q=certificato");
        browser.submit(By.cssSelector("#main-container a[href*='/servizi/scheda.xhtml?servizio=']"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-element='service-description']"))
                        .getText())
                .isNotBlank();
        browser.submit(By.cssSelector("a[href$='/faq.xhtml']"));
        browser.visit(base, "pagamenti.xhtml");
        browser.visit(base, "prenotazioni/index.xhtml?calendario=sportello-urp");
        browser.submit(By.id("book-sportello-urp"));
        assertThat(browser.driver().findElements(By.id("week-grid"))).hasSize(1);
        browser.visit(base, "non-esiste.xhtml");

        assertThat(browser.driver().manage().getCookies()).isEmpty();
    }

    @Test
    void aVisitorReadsTheHomePageInItalian() {
        browser.visit(base, "");
        browser.screenshot("home-it");

        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("it");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".it-brand-title"))
                        .getText())
                .isEqualTo("Comune di Bugliano");
        assertThat(browser.driver().findElements(By.cssSelector("#servizi .card-title")))
                .extracting(WebElement::getText)
                .contains("Anagrafe e stato civile", "Mobilità e trasporti");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-element='personal-area-login']"))
                        .getText())
                .contains("Accedi all'area personale");
        browser.assertAccessible();
    }

    @Test
    void aVisitorSwitchesToGermanFromTheHeaderMenu() {
        browser.visit(base, "");
        browser.driver().findElement(By.id("language-switch")).click();
        WebElement german = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#languages a[lang='de']")));
        german.click();

        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver ->
                        "de".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        browser.screenshot("home-de");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Online-Schalter");
        browser.assertAccessible();

        browser.visit(base, "lingua/en?torna=/index.xhtml");
        browser.screenshot("home-en");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Online desk");
    }

    @Test
    void theFirstTabStopSkipsToTheContent() {
        browser.visit(base, "");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Vai al contenuto principale");
        assertThat(focused.getAttribute("href")).endsWith("#main-container");
    }

    @Test
    void aLostVisitorGetsAnAccessibleErrorPage() {
        browser.visit(base, "non-esiste.xhtml");
        browser.screenshot("error-404-it");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pagina non trovata");
        browser.assertAccessible();
    }

    @Test
    void theStaffLinkLeadsToTheStaffLoginInTheBackofficeLayout() {
        browser.visit(base, "");
        browser.submit(By.cssSelector(".it-footer-main a[href$='/accesso-personale.xhtml']"));
        browser.screenshot("staff-login-it");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Accesso riservato al personale");
        assertThat(browser.driver().findElements(By.cssSelector(".backoffice-header .backoffice-brand")))
                .isNotEmpty();
        browser.assertAccessible();
    }
}
