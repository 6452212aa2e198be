package it.sportello.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.sportello.testing.BrowserSession;
import it.sportello.testing.Deployments;

/**
 * With the protocol register on, as in the embedded setup (the municipality's own register), a
 * citizen sends a request and, within a minute, sees it registered with its protocol number on its
 * page. The protocol job runs every few seconds here instead of every minute.
 */
class ProtocolBrowserIT extends BrowserSession {

    @Deployment(testable = false)
    static WebArchive deployment() {
        String settings = String.join("\n", "config_ordinal=500", "sportello.protocol.enabled=true",
                "sportello.protocol.register=municipal", "sportello.jobs.protocol.every=PT5S");
        return Deployments.application().addAsResource(new StringAsset(settings), "META-INF/microprofile-config.properties");
    }

    @Test
    void aSentRequestGetsItsProtocolNumberWithinAMinuteAndTheCitizenSeesIt() {
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

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofSeconds(2)).until(driver -> {
            browser.visit(base, page);
            return driver.findElement(By.id("practice-status")).getText().equals("Protocollata");
        });
        assertThat(browser.driver().findElement(By.id("protocol")).getText())
                .matches("Presentazione: n\\. \\d{4}/\\d{7} del .+");
        assertThat(browser.driver().findElement(By.id("iter")).getText()).contains("Acquisita", "Protocollata");
        browser.screenshot("practice-registered-it");
        browser.assertAccessible();

        // The registry office's manager, enabled for certificates, finds the registration in the practice's "Protocollo" tab.
        String reference = page.replaceAll(".*[?&]pratica=([^&]+).*", "$1");
        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "manager", "Manager.Bugliano.1");
        browser.visit(base, "backoffice/pratiche/dettaglio.xhtml?scheda=protocollo&pratica=" + reference);
        String tab = browser.driver().findElement(By.id("registrations")).getAttribute("textContent").replaceAll("\\s+", " ");
        assertThat(tab).contains("Presentazione", "In arrivo", "modulo-" + reference + ".pdf").containsPattern("\\d{4}/\\d{7}")
                .containsPattern("[0-9a-f]{64}");
        browser.screenshot("desk-protocol-it");
        browser.assertAccessible();
    }
}
