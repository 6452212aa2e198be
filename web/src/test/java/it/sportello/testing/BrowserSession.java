package it.sportello.testing;

import java.net.URL;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: a fresh headless browser for each test, and a screenshot of the
 * last page each test saw ({@code target/screenshots/last-<test>.png}), whatever its outcome. The
 * deployment is the subclass's: {@link BrowserJourney} for the application as it ships.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserSession {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    /** The citizen's wizard in that browser. */
    protected Wizard wizard;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        wizard = new Wizard(browser);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last-" + getClass().getSimpleName() + "-"
                    + test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }

    protected Browser visit(String path) {
        return browser.visit(base, path);
    }
}
