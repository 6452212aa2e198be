package it.sportello.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import it.sportello.testing.BrowserJourney;
import it.sportello.testing.SpreadsheetRows;

/**
 * A report with a photo and a point on the map, as the citizen sends it and the operator reads
 * it: the point placed by a click on the map (no tiles are loaded: the test server has no tile
 * address, and the map works on its plain background), checked on the server when half typed,
 * shown on the practice's page, on the list's map by status, and in the CSV as two columns.
 */
class ReportMapBrowserIT extends BrowserJourney {

    @Test
    void aReportWithAPhotoAndAPointReachesTheOperatorsMapAndTheCsv() throws IOException {
        visit("servizi/compila.xhtml?servizio=segnalazione-disservizio");
        browser.submit(By.id("login-CIE"));
        browser.chooseDemoIdentity("Paolo Colombo");
        wizard.throughPrivacyApplicantAndRole();

        wizard.select("categoria", "illuminazione");
        wizard.input("descrizione").sendKeys("Lampione spento da una settimana davanti alla scuola.");
        wizard.type("luogo.street", "Via della Scuola");
        wizard.type("luogo.number", "3");
        wizard.comune("luogo", "PI", "Pisa");
        wizard.type("luogo.cap", "56125");
        wizard.input("foto").sendKeys(photo().toString());

        // Half a point is refused on the server, next to the field, and nothing typed is lost.
        wizard.input("punto.latitude").sendKeys("43,7167");
        next();
        assertThat(wizard.sectionTitle()).isEqualTo("Segnalazione");
        assertThat(wizard.errorsOf("punto")).contains("longitudine");
        assertThat(wizard.input("punto.latitude").getAttribute("value")).isEqualTo("43,7167");
        assertThat(wizard.input("descrizione").getAttribute("value")).startsWith("Lampione spento");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-map-point='punto']"))
                        .getAttribute("data-tile-url"))
                .as("the test server has no tile address")
                .isNullOrEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-field='punto'] img.leaflet-tile")))
                .as("no tile is asked for")
                .isEmpty();

        // A click on the map places the point and fills both coordinates.
        wizard.input("punto.latitude").clear();
        WebElement map = browser.driver().findElement(By.cssSelector("[data-map-canvas='punto']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        new Actions(browser.driver()).moveToElement(map, 40, -30).click().perform();
        browser.await()
                .until(d ->
                        !wizard.input("punto.longitude").getAttribute("value").isBlank());
        BigDecimal latitude = new BigDecimal(wizard.input("punto.latitude").getAttribute("value"));
        BigDecimal longitude = new BigDecimal(wizard.input("punto.longitude").getAttribute("value"));
        assertThat(latitude).isBetween(new BigDecimal("43.4"), new BigDecimal("43.7"));
        assertThat(longitude).isBetween(new BigDecimal("10.4"), new BigDecimal("10.8"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector(
                                "label[for='" + wizard.input("punto.latitude").getAttribute("id") + "']"))
                        .getAttribute("class"))
                .as("the label stays above what the map wrote")
                .contains("active");
        assertThat(browser.driver().findElements(By.cssSelector("[data-map-canvas='punto'] .leaflet-marker-icon")))
                .as("the marker where the map was clicked")
                .hasSize(1);
        browser.screenshot("report-map-field-it");
        browser.assertAccessible();

        next();
        assertThat(wizard.sectionTitle()).isEqualTo("Riepilogo");
        String point = latitude.toPlainString() + ", " + longitude.toPlainString();
        assertThat(wizard.summary("punto")).isEqualTo(point);
        assertThat(wizard.summary("foto")).startsWith("lampione");
        browser.submit(By.id("fill:send"));
        assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/pratiche/dettaglio.xhtml?", "pratica=");
        String reference =
                browser.driver().getCurrentUrl().replaceAll(".*pratica=", "").replaceAll("&.*", "");

        // The operator reads the point on the practice and sees it on its map.
        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/pratiche/dettaglio.xhtml?pratica=" + reference);
        assertThat(browser.driver().findElement(By.id("field-punto")).getText()).isEqualTo(point);
        browser.await()
                .until(d -> d.findElements(By.cssSelector("#practice-map path.sportello-marker-ACQUIRED"))
                                .size()
                        == 1);
        scrollTo(By.id("practice-map"));
        browser.screenshot("report-map-detail-it");

        // The list of the service shows its reports on a map, by status, besides the table.
        visit("backoffice/pratiche/index.xhtml?servizio=segnalazione-disservizio");
        browser.await()
                .until(d -> !d.findElements(By.cssSelector("#practices-map path.sportello-marker"))
                        .isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("#practices-map path.sportello-marker-ACQUIRED")))
                .isNotEmpty();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-map-legend='ACQUIRED']"))
                        .getText())
                .isEqualTo("Acquisita");
        scrollTo(By.id("map-section"));
        browser.screenshot("report-map-list-it");
        browser.assertAccessible();

        // The CSV, with the point's field ticked, gives it as latitude and longitude columns.
        browser.facesAjax(() -> browser.click(By.cssSelector("[data-export-field='punto']")));
        List<List<String>> csv = SpreadsheetRows.csv(Files.readAllBytes(browser.download(By.id("export-csv"))));
        assertThat(csv.get(0)).endsWith("Punto sulla mappa: latitudine", "Punto sulla mappa: longitudine");
        Map<String, String> row = SpreadsheetRows.rowWith(csv, reference);
        assertThat(new BigDecimal(row.get("Punto sulla mappa: latitudine").replace(',', '.')))
                .isEqualByComparingTo(latitude);
        assertThat(new BigDecimal(row.get("Punto sulla mappa: longitudine").replace(',', '.')))
                .isEqualByComparingTo(longitude);
    }

    /** A small real PNG, as a phone's photo would be a JPEG: the field takes both. */
    private static Path photo() throws IOException {
        Path file = Files.createTempFile("lampione", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xFFCC00);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start'})",
                        browser.driver().findElement(locator));
    }

    private void next() {
        browser.submit(By.id("fill:next-section"));
    }
}
