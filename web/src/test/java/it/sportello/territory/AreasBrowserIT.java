package it.sportello.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import it.sportello.testing.BrowserJourney;

/** A manager keeps the geographic areas from the backoffice: creates one, finds it listed, edits it. */
class AreasBrowserIT extends BrowserJourney {

    @Test
    void aManagerCreatesAnAreaEditsItAndKeepsWhatWasTypedWhenAPostcodeIsWrong() {
        browser.staffLogin(base, "manager", "Manager.Bugliano.1");
        browser.submit(By.linkText("Aree geografiche"));
        assertThat(browser.heading()).isEqualTo("Aree geografiche");
        assertThat(list()).contains("Centro storico", "centro-storico", "Frazione San Pietro");
        assertThat(browser.driver().findElement(By.id("help-placed")).getText()).contains("restano dove sono");
        browser.assertAccessible();

        browser.type("areas:name", "Quartiere delle Vigne");
        browser.type("areas:code", "quartiere-vigne");
        browser.type("areas:comune", "g702");
        browser.type("areas:streets", "Via delle Vigne Nuove\nP.zza del Mercato");
        browser.type("areas:postcodes", "56010, 56011");
        browser.click(By.id("areas:create"));
        browser.awaitAjax();
        browser.await().until(d -> browser.messages().contains("Area Quartiere delle Vigne creata"));
        WebElement row = row("quartiere-vigne");
        assertThat(row.getText()).contains("Quartiere delle Vigne", "G702");
        assertThat(row.findElements(By.tagName("td")))
                .extracting(WebElement::getText)
                .as("streets, postcodes, practices placed")
                .contains("2", "2", "0");

        row.findElement(By.xpath(".//button[normalize-space()='Modifica']")).click();
        browser.awaitAjax();
        browser.await().until(d -> browser.value("areas:name").equals("Quartiere delle Vigne"));
        assertThat(browser.value("areas:streets")).contains("via delle vigne nuove", "piazza del mercato");
        browser.type("areas:name", "Quartiere delle Vigne Vecchie");
        browser.type("areas:postcodes", "56010 5601X 56012");
        browser.click(By.id("areas:save"));
        browser.awaitAjax();
        browser.await().until(d -> browser.messages().contains("Il CAP «5601X» non è valido"));
        assertThat(browser.value("areas:name")).as("nothing typed is lost").isEqualTo("Quartiere delle Vigne Vecchie");
        assertThat(browser.value("areas:postcodes")).isEqualTo("56010 5601X 56012");
        browser.assertAccessible();
        browser.screenshot("areas-it");

        browser.type("areas:postcodes", "56010 56013 56012");
        browser.click(By.id("areas:save"));
        browser.awaitAjax();
        browser.await().until(d -> browser.messages().contains("Area Quartiere delle Vigne Vecchie modificata"));
        assertThat(row("quartiere-vigne").findElements(By.tagName("td")))
                .extracting(WebElement::getText)
                .contains("Quartiere delle Vigne Vecchie", "3");

        browser.type("areas:name", "Centro doppio");
        browser.type("areas:code", "centro-storico");
        browser.click(By.id("areas:create"));
        browser.awaitAjax();
        browser.await().until(d -> browser.messages().contains("è già usato dall'area Centro storico"));
        assertThat(browser.value("areas:name")).isEqualTo("Centro doppio");
    }

    private String list() {
        return browser.driver().findElement(By.id("areas:list")).getText();
    }

    private WebElement row(String code) {
        return browser.await()
                .until(d -> d.findElements(By.cssSelector("#areas\\:list tbody tr")).stream()
                        .filter(candidate -> candidate.getText().contains(code))
                        .findFirst()
                        .orElse(null));
    }
}
