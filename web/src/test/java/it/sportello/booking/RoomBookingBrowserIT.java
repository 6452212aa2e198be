package it.sportello.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import it.sportello.testing.Browser;
import it.sportello.testing.BrowserJourney;
import it.sportello.testing.Wizard;

/**
 * The room booking of the Cavalese guide as a practice: the half-days of the Sala civica are
 * chosen on its week grid inside the request, held while the citizen goes on, paid, and then an
 * appointment of the practice that the office sees on its schedule. A second citizen who ticked
 * the same half-days meanwhile is told so next to the field.
 */
class RoomBookingBrowserIT extends BrowserJourney {

    private static final String FIELD = "mezze_giornate";

    @Test
    void twoHalfDaysChosenInsideTheRequestArePaidAndBookedAndNobodyElseGetsThem() throws Exception {
        Browser other = Browser.open();
        try {
            toTheHalfDays(browser, "Mario Rossi");
            toTheHalfDays(other, "Giulia Bianchi");
            // the first week with a day whose three half-days are free, the same week in both browsers
            int weeks = 0;
            while (freeDay(browser).isEmpty()) {
                nextWeek(browser);
                nextWeek(other);
                weeks++;
                assertThat(weeks).as("a free day within the booking window").isLessThan(13);
            }
            List<WebElement> day = freeDay(browser).orElseThrow();
            String morning = day.get(0).getAttribute("value");
            String afternoon = day.get(1).getAttribute("value");
            String evening = day.get(2).getAttribute("value");
            browser.driver()
                    .executeScript(
                            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                            browser.driver().findElement(By.id("week-grid-" + FIELD)));
            browser.screenshot("room-booking-grid-it");
            browser.assertAccessible();

            // not consecutive: said next to the field, and what was typed stays
            tick(browser, morning);
            tick(browser, evening);
            fillTheRest(browser);
            browser.submit(By.id("fill:next-section"));
            assertThat(fieldErrors(browser)).contains("Gli orari scelti devono essere consecutivi");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[data-field-input='finalita']"))
                            .getAttribute("value"))
                    .isEqualTo("Assemblea dell'associazione");
            tick(browser, morning);
            tick(browser, afternoon);
            fillTheRest(browser);
            browser.submit(By.id("fill:next-section"));
            assertThat(wizard.sectionTitle()).isEqualTo("Pagamento");

            // meanwhile the other citizen ticks the same half-days: refused next to the field
            tick(other, morning);
            tick(other, afternoon);
            fillTheRest(other);
            other.submit(By.id("fill:next-section"));
            assertThat(fieldErrors(other))
                    .isEqualTo(
                            "L'orario scelto non è più libero: un'altra persona l'ha appena prenotato. Scegline un altro.");
            assertThat(other.driver()
                            .findElement(By.cssSelector("[data-field-input='finalita']"))
                            .getAttribute("value"))
                    .isEqualTo("Assemblea dell'associazione");
            assertThat(other.driver()
                            .findElements(By.cssSelector("input[name='slot-" + FIELD + "'][value='" + morning + "']")))
                    .as("the half-day held for the other request is no longer offered")
                    .isEmpty();
            other.driver()
                    .executeScript(
                            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                            other.driver()
                                    .findElement(
                                            By.cssSelector("[data-field='" + FIELD + "'] .sportello-field-errors")));
            other.screenshot("room-booking-taken-it");

            // the summary names the half-days; sending goes to the payment and then to the practice
            browser.submit(By.id("fill:next-payment"));
            assertThat(wizard.sectionTitle()).isEqualTo("Riepilogo");
            String summary = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(summary).contains("Data e mezze giornate", "08:00-18:00");
            browser.submit(By.id("fill:send"));
            browser.submit(By.id("pay"));
            assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/pratiche/dettaglio.xhtml");
            String reference = browser.driver().findElement(By.id("reference")).getText();
            browser.click(By.id("tab-appuntamenti"));
            WebElement appointments = browser.await()
                    .until(d -> d.findElement(By.id("appuntamenti")).isDisplayed()
                            ? d.findElement(By.id("appuntamenti"))
                            : null);
            assertThat(appointments.getText()).contains("Sala civica", "08:00", "18:00", "Confermato");
            browser.screenshot("room-booking-practice-it");
            browser.assertAccessible();

            // the office sees it on the hall's schedule
            browser.driver().manage().deleteAllCookies();
            browser.adminLogin(base);
            visit("backoffice/calendari/calendario.xhtml?calendario=sala-civica");
            for (int week = 0; week < weeks; week++) {
                browser.click(By.cssSelector(".fc-next-button"));
                browser.awaitAjax();
            }
            browser.await()
                    .until(d ->
                            d.findElement(By.id("table:appointments")).getText().contains("Rossi"));
            assertThat(browser.driver().findElement(By.id("table:appointments")).getText())
                    .contains("Mario Rossi", "Prenotazione della Sala civica");
            browser.screenshot("room-booking-schedule-it");
            assertThat(reference).isNotBlank();
        } finally {
            other.close();
        }
    }

    /** Logs in, accepts the notice, confirms the contacts and the role: the section with the grid. */
    private void toTheHalfDays(Browser session, String citizen) {
        session.visit(base, "servizi/compila.xhtml?servizio=prenotazione-sala-civica");
        session.submit(By.id("login-SPID"));
        session.chooseDemoIdentity(citizen);
        session.driver().executeScript("document.getElementById('fill:privacy').click()");
        session.submit(By.id("fill:next"));
        session.type("fill:email", citizen.toLowerCase().replace(' ', '.') + "@example.org");
        session.submit(By.id("fill:next-applicant"));
        session.submit(By.id("fill:next-role"));
        assertThat(session.driver()
                        .findElement(By.cssSelector("[data-field='" + FIELD + "']"))
                        .getText())
                .contains("Data e mezze giornate", "Nessun orario scelto");
    }

    private static void nextWeek(Browser session) {
        session.submit(By.cssSelector("[data-field='" + FIELD + "'] input[value='Settimana successiva']"));
    }

    /** The three half-days of the first day of the week that has them all free, in order; empty when none has. */
    private static Optional<List<WebElement>> freeDay(Browser session) {
        Map<String, List<WebElement>> byDay =
                session.driver().findElements(By.cssSelector("input[name='slot-" + FIELD + "']")).stream()
                        .collect(Collectors.groupingBy(
                                box -> box.getAttribute("value").substring(0, 10),
                                java.util.TreeMap::new,
                                Collectors.toList()));
        return byDay.values().stream()
                .filter(boxes -> boxes.size() == 3
                        && boxes.get(0).getAttribute("value").endsWith("T08:00")
                        && boxes.get(1).getAttribute("value").endsWith("T13:30"))
                .findFirst();
    }

    private static void tick(Browser session, String start) {
        WebElement box =
                session.driver().findElement(By.cssSelector("input[name='slot-" + FIELD + "'][value='" + start + "']"));
        if (!box.isSelected()) {
            session.driver().executeScript("arguments[0].click()", box);
        }
    }

    private static void fillTheRest(Browser session) {
        WebElement purpose = new Wizard(session).input("finalita");
        purpose.clear();
        purpose.sendKeys("Assemblea dell'associazione");
        WebElement people = new Wizard(session).input("partecipanti");
        people.clear();
        people.sendKeys("30");
    }

    private static String fieldErrors(Browser session) {
        return session.driver()
                .findElement(By.cssSelector("[data-field='" + FIELD + "'] .sportello-field-errors"))
                .getText();
    }
}
