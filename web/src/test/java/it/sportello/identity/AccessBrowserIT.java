package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.sportello.testing.BrowserJourney;

/** Logging in and out, as a citizen through the demonstration identities and as staff. */
class AccessBrowserIT extends BrowserJourney {

    private WebDriver driver;

    @BeforeEach
    void driver() {
        driver = browser.driver();
    }

    @Test
    void aCitizenLogsInWithADemoIdentityEditsTheProfileAndLogsOut() {
        browser.visit(base, "");
        browser.submit(By.cssSelector("[data-element='personal-area-login']"));
        assertThat(browser.heading()).isEqualTo("Accedi");
        browser.screenshot("login-citizen-it");
        browser.assertAccessible();

        browser.submit(By.id("login-SPID"));
        assertThat(browser.heading()).isEqualTo("Identità di prova");
        assertThat(driver.findElement(By.cssSelector(".sportello-demo-banner")).getText())
                .contains("Ambiente dimostrativo");
        browser.screenshot("login-demo-it");
        browser.assertAccessible();

        loginAs("Mario Rossi");
        assertThat(driver.getCurrentUrl()).contains("/area-personale/index.xhtml");
        assertThat(driver.findElement(By.cssSelector(".lead")).getText()).isEqualTo("Benvenuto, Mario.");
        browser.screenshot("desk-it");
        browser.assertAccessible();

        browser.submit(By.linkText("Apri il profilo"));
        assertThat(driver.findElement(By.id("fiscal-code")).getText()).isEqualTo("RSSMRA80A01H501U");
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("mario.rossi@example.org");
        browser.assertAccessible();

        browser.type("residence-street", "Via Roma");
        browser.type("residence-number", "1");
        browser.type("residence-postcode", "561");
        browser.type("residence-city", "Bugliano");
        browser.type("residence-province", "pi");
        browser.submit(By.id("save"));
        assertThat(driver.findElement(By.id("profile")).getText()).contains("Il CAP è formato da 5 cifre");
        assertThat(browser.value("residence-street"))
                .as("nothing typed is lost")
                .isEqualTo("Via Roma");
        browser.screenshot("profile-invalid-it");

        browser.type("residence-postcode", "56100");
        browser.submit(By.id("copy-to-domicile"));
        assertThat(browser.value("domicile-city")).isEqualTo("Bugliano");
        browser.submit(By.id("save"));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Profilo salvato.");

        browser.visit(base, "area-personale/profilo.xhtml");
        assertThat(driver.findElements(By.id("messages")))
                .as("a fresh page, no message")
                .allSatisfy(m -> assertThat(m.getText()).isEmpty());
        assertThat(browser.value("residence-postcode")).isEqualTo("56100");
        assertThat(browser.value("residence-province")).isEqualTo("PI");
        assertThat(browser.value("domicile-street")).isEqualTo("Via Roma");
        browser.screenshot("profile-saved-it");

        browser.submit(By.cssSelector(".sportello-logout button"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[data-element='personal-area-login']"))
                        .isEmpty());
        browser.visit(base, "area-personale/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/accedi.xhtml");
    }

    @Test
    void aDomicileFromTheIdentityIsShownNotEditedAndCanBeCopiedToTheResidence() {
        browser.visit(base, "accesso/demo.xhtml?metodo=SPID");
        browser.chooseDemoIdentity("Chiara Esposito");
        // The whole profile in one screenshot.
        driver.manage().window().setSize(new Dimension(1280, 2600));
        browser.visit(base, "area-personale/profilo.xhtml");

        assertThat(driver.findElements(By.id("domicile-street")))
                .as("no field to edit")
                .isEmpty();
        assertThat(driver.findElements(By.id("copy-to-domicile"))).isEmpty();
        assertThat(driver.findElement(By.id("domicile-from-identity")).getText())
                .contains("identità digitale", "Piazza Garibaldi 3", "56031 Bugliano (PI)", "Italia");
        browser.screenshot("profile-domicile-from-identity-it");
        browser.assertAccessible();

        browser.submit(By.id("copy-to-residence"));
        assertThat(browser.value("residence-street")).isEqualTo("Piazza Garibaldi");
        assertThat(browser.value("residence-postcode")).isEqualTo("56031");
        browser.submit(By.id("save"));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Profilo salvato.");
        assertThat(driver.findElement(By.id("domicile-from-identity")).getText())
                .contains("Piazza Garibaldi 3");

        browser.visit(base, "lingua/en?torna=%2Farea-personale%2Fprofilo.xhtml");
        assertThat(driver.findElement(By.id("domicile-from-identity")).getText())
                .contains("digital identity", "Piazza Garibaldi 3");
        browser.screenshot("profile-domicile-from-identity-en");
        browser.assertAccessible();
    }

    @Test
    void aDocumentThatExpiresBeforeItsIssueIsExplainedAndNothingIsLost() {
        browser.visit(base, "accesso/demo.xhtml?metodo=CIE");
        loginAs("Sara Ferrari");
        browser.visit(base, "area-personale/profilo.xhtml");

        browser.type("document-number", "CA12345BB");
        setDate("document-issued", "2020-05-01");
        setDate("document-expires", "2019-05-01");
        browser.submit(By.id("save"));

        assertThat(driver.findElement(By.id("messages")).getText())
                .contains("La data di scadenza del documento deve essere successiva alla data di rilascio");
        assertThat(browser.value("document-number")).isEqualTo("CA12345BB");
    }

    @Test
    void aProtectedPageSendsTheVisitorToLoginAndBackAfterwards() {
        browser.visit(base, "area-personale/profilo.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/accedi.xhtml?torna=");

        browser.submit(By.id("login-CIE"));
        loginAs("Giulia Bianchi");

        assertThat(driver.getCurrentUrl()).contains("/area-personale/profilo.xhtml");
        assertThat(driver.findElement(By.id("full-name")).getText()).isEqualTo("Giulia Bianchi");
    }

    @Test
    void aCitizenCannotOpenTheBackoffice() {
        browser.visit(base, "accesso/demo.xhtml");
        loginAs("Luca Verdi");

        browser.visit(base, "backoffice/index.xhtml");

        assertThat(browser.heading()).isEqualTo("Accesso non consentito");
    }

    @Test
    void anOperatorLogsInAfterAMistakeAndOut() {
        browser.visit(base, "backoffice/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/accesso-personale.xhtml");
        browser.assertAccessible();

        staffLogin("operatore", "sbagliata");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Nome utente o password non corretti.");
        browser.screenshot("login-staff-invalid-it");

        staffLogin("operatore", "Operatore.Bugliano.1");
        assertThat(browser.heading()).isEqualTo("Scrivania dell'operatore");
        browser.screenshot("backoffice-desk-it");
        browser.assertAccessible();

        browser.visit(base, "area-personale/index.xhtml");
        assertThat(browser.heading()).as("staff are not citizens").isEqualTo("Accesso non consentito");

        browser.visit(base, "backoffice/index.xhtml");
        browser.submit(By.cssSelector(".backoffice-logout button"));
        assertThat(browser.heading()).isEqualTo("Accesso riservato al personale");
        browser.visit(base, "backoffice/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/accesso-personale.xhtml");
    }

    private void loginAs(String name) {
        WebElement button = driver.findElements(By.cssSelector("#demo input[type='submit']")).stream()
                .filter(candidate -> candidate.getAttribute("value").endsWith(name))
                .findFirst()
                .orElseThrow();
        String before = driver.getCurrentUrl();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
    }

    private void staffLogin(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.submit(By.id("login:submit"));
    }

    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
    }
}
