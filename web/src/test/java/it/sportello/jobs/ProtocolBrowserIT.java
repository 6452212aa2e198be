package it.sportello.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import it.sportello.testing.Browser;
import it.sportello.testing.BrowserSession;
import it.sportello.testing.Deployments;

/**
 * With the protocol register on, a citizen sends a request; the administrator runs the protocol
 * job from the job console; the external register (this test's, on {@code it.register.port})
 * gives the number, and the citizen sees it on the request's page. Runs in failsafe's
 * {@code protocol} execution, whose server has the register on and runs the job only when asked.
 */
class ProtocolBrowserIT extends BrowserSession {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aSentRequestRegisteredByTheProtocolJobShowsItsNumberToTheCitizen() {
        browser.visit(base, "servizi/compila.xhtml?servizio=certificati-anagrafici");
        browser.submit(By.id("login-SPID"));
        browser.chooseDemoIdentity("Paolo Colombo");
        browser.clickHidden(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        browser.type("fill:email", "paolo.colombo@example.org");
        browser.submit(By.id("fill:next-applicant"));
        browser.submit(By.id("fill:next-role"));
        browser.facesAjax(() -> browser.clickHidden(
                By.cssSelector("[data-field='certificati'] input[type='checkbox'][value='residenza']")));
        browser.facesAjax(() -> new Select(browser.formField("uso")).selectByValue("esente"));
        browser.formField("esenzione").sendKeys("Art. 7 L. 405/1990");
        browser.facesAjax(() -> browser.formField("copie").sendKeys("1", Keys.TAB));
        browser.clickHidden(By.cssSelector("[data-field='consegna'] input[type='radio'][value='ritiro']"));
        browser.submit(By.id("fill:next-section"));
        browser.submit(By.id("fill:next-payment"));
        browser.submit(By.id("fill:send"));
        browser.submit(By.id("pay"));
        assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/pratiche/dettaglio.xhtml?");
        String page = browser.driver().getCurrentUrl().replaceAll(".*/area-personale/", "area-personale/");

        assertThat(browser.driver().findElement(By.id("protocol")).getText()).isEqualTo("In attesa di protocollazione");

        try (FakeProtocolRegister register = FakeProtocolRegister.start(Integer.getInteger("it.register.port"), 0, 0);
                Browser office = Browser.open()) {
            office.adminLogin(base);
            office.submit(By.linkText("Lavori"));
            office.click(By.cssSelector("#job-protocol-submission .job-start"));
            office.awaitAjax();
            office.await().until(d -> {
                office.click(By.id("jobs:refresh"));
                office.awaitAjax();
                return d.findElement(By.cssSelector("#job-protocol-submission .job-runs tbody"))
                        .getText()
                        .contains("Completata");
            });
            assertThat(register.entries()).as("the register was asked").isPositive();
        }

        browser.visit(base, page);
        assertThat(browser.driver().findElement(By.id("practice-status")).getText())
                .isEqualTo("Protocollata");
        assertThat(browser.driver().findElement(By.id("protocol")).getText())
                .matches("Presentazione: n\\. \\d{4}/\\d{7} del .+");
        assertThat(browser.driver().findElement(By.id("iter")).getText()).contains("Acquisita", "Protocollata");
        browser.screenshot("practice-registered-it");
        browser.assertAccessible();

        // The registry office's manager, enabled for certificates, finds the registration in the practice's
        // "Protocollo" tab.
        String reference = page.replaceAll(".*[?&]pratica=([^&]+).*", "$1");
        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "manager", "Manager.Bugliano.1");
        browser.visit(base, "backoffice/pratiche/dettaglio.xhtml?scheda=protocollo&pratica=" + reference);
        String tab = browser.driver()
                .findElement(By.id("registrations"))
                .getAttribute("textContent")
                .replaceAll("\\s+", " ");
        assertThat(tab)
                .contains("Presentazione", "In arrivo", "modulo-" + reference + ".pdf")
                .containsPattern("\\d{4}/\\d{7}")
                .containsPattern("[0-9a-f]{64}");
        browser.screenshot("desk-protocol-it");
        browser.assertAccessible();
    }
}
