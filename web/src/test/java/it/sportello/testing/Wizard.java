package it.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The citizen's wizard ({@code servizi/compila.xhtml}) as a browser test walks it: the title of
 * the step on screen, a form field's input by its id, what is said next to it, and what the
 * summary shows of it.
 */
public final class Wizard {

    private final Browser browser;

    public Wizard(Browser browser) {
        this.browser = browser;
    }

    /** The title of the step on screen, once the page shows it. */
    public String sectionTitle() {
        return browser.await().until(d -> d.findElement(By.id("section-title")).getText());
    }

    /** The input of a form field, or of a part of it ({@code luogo.street}). */
    public WebElement input(String field) {
        return browser.driver().findElement(By.cssSelector("[data-field-input='" + field + "']"));
    }

    public void select(String field, String value) {
        new Select(input(field)).selectByValue(value);
    }

    /** Types into a field what it must hold, whatever it held before (a draft's, or the citizen's address). */
    public void type(String field, String text) {
        WebElement input = input(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Places an address field in a comune of a province: the province chosen (through another one
     * first, so that the page lists that province's comuni even when the citizen's address had
     * already chosen it), then the comune.
     */
    public void comune(String field, String province, String comune) {
        browser.facesAjax(() -> select(field + ".province", "RM".equals(province) ? "MI" : "RM"));
        browser.facesAjax(() -> select(field + ".province", province));
        browser.await()
                .until(d -> new Select(input(field + ".comune"))
                        .getOptions().stream()
                                .anyMatch(option -> option.getAttribute("value").equals(comune)));
        select(field + ".comune", comune);
    }

    /** What is said next to a field. */
    public String errorsOf(String field) {
        return browser.driver().findElement(By.id("err-" + field)).getText();
    }

    /** A field's value as the summary shows it. */
    public String summary(String field) {
        return browser.driver()
                .findElement(By.cssSelector("[data-summary='" + field + "']"))
                .getText()
                .strip();
    }

    /** From the privacy notice to the form's first section: notice accepted, e-mail kept or typed, for oneself. */
    public void throughPrivacyApplicantAndRole() {
        assertThat(sectionTitle()).isEqualTo("Informativa sulla privacy");
        browser.click(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        if (browser.value("fill:email").isBlank()) {
            browser.type("fill:email", "cittadino@example.org");
        }
        browser.submit(By.id("fill:next-applicant"));
        assertThat(sectionTitle()).isEqualTo("Ruolo");
        browser.submit(By.id("fill:next-role"));
    }
}
