package it.sportello.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import it.sportello.testing.BrowserJourney;
import it.sportello.testing.Mailbox;

/**
 * A citizen books an identity card appointment from the week grid with the keyboard, sees the
 * countdown of the hold, confirms, gets the e-mail with the receipt and the calendar file
 * (GreenMail, in this JVM), books for another person, and cancels; an operator reads the
 * schedule. Every page is checked with axe.
 */
class BookingBrowserIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String IDENTITY_CARDS = "ufficio-anagrafe";

    /**
     * Ticks the first free slot of next week with the keyboard (far enough ahead to be cancelled
     * online), going on to the following weeks when one has none.
     */
    private void tickFirstFreeSlot() {
        browser.submit(By.id("next-week"));
        for (int week = 0; week < 4 && browser.driver().findElements(By.name("slot")).isEmpty(); week++) {
            browser.submit(By.id("next-week"));
        }
        WebElement slot = browser.driver().findElements(By.name("slot")).get(0);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", slot);
        slot.sendKeys(Keys.SPACE);
        assertThat(slot.isSelected()).isTrue();
    }

    private void loginAs(String name) {
        visit("accedi.xhtml");
        browser.submit(By.id("login-CIE"));
        browser.chooseDemoIdentity(name);
    }

    @Test
    void aCitizenBooksAnIdentityCardAppointmentGetsTheMailAndCancelsIt() throws Exception {
        loginAs("Mario Rossi");
        visit("prenotazioni/index.xhtml?calendario=" + IDENTITY_CARDS);
        assertThat(browser.heading()).isEqualTo("Prenotazioni");
        assertThat(browser.driver().findElement(By.id("calendar-" + IDENTITY_CARDS)).getText())
                .contains("Carte d'identità elettronica", "Municipio di Bugliano");
        browser.screenshot("booking-resources-it");
        browser.assertAccessible();

        browser.submit(By.id("book-" + IDENTITY_CARDS));
        assertThat(browser.heading()).isEqualTo("Carte d'identità elettronica");
        assertThat(browser.driver().findElement(By.id("legend")).getText()).contains("Libero", "Occupato", "Passato");
        tickFirstFreeSlot();
        browser.screenshot("booking-week-it");
        browser.assertAccessible();
        browser.submit(By.id("continue"));

        assertThat(browser.heading()).isEqualTo("I tuoi dati");
        String countdown = browser.driver().findElement(By.id("countdown")).getText();
        assertThat(countdown).matches("Restano 0?9:[0-5][0-9] per completare la prenotazione|Restano 10:00 per completare la prenotazione");
        assertThat(browser.driver().findElement(By.id("me")).getText()).contains("Mario Rossi", "RSSMRA80A01H501U");
        browser.submit(By.id("confirm"));
        assertThat(browser.driver().findElement(By.id("details")).getText()).contains("Scrivi il motivo dell'appuntamento.");
        browser.type("reason", "Rinnovo della carta d'identità");
        browser.type("phone", "3331234567");
        browser.screenshot("booking-details-it");
        browser.assertAccessible();
        browser.submit(By.id("confirm"));

        assertThat(browser.heading()).isEqualTo("Prenotazione effettuata");
        assertThat(browser.driver().findElement(By.id("booking-status")).getText()).contains("confermata");
        String code = browser.driver().findElement(By.id("booking-code")).getText();
        assertThat(browser.driver().findElement(By.id("add-to-calendar")).getText()).contains("Google Calendar", "Outlook", "Yahoo");
        browser.screenshot("booking-confirmation-it");
        browser.assertAccessible();

        MimeMessage mail = Mailbox.mailTo(SMTP, "mario.rossi@example.org");
        assertThat(mail.getSubject()).contains("Carte d'identità elettronica", "Confermato");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(text(parts.getBodyPart(0))).contains(code);
        assertThat(parts.getBodyPart(1).getFileName()).endsWith(".pdf");
        assertThat(parts.getBodyPart(2).getFileName()).isEqualTo("appuntamento.ics");
        assertThat(text(parts.getBodyPart(2))).contains("BEGIN:VCALENDAR", "UID:" + code + "@sportello");

        // for another person: the codice fiscale first, then the data; the page says whom the booking is for
        visit("prenotazioni/settimana.xhtml?calendario=" + IDENTITY_CARDS);
        tickFirstFreeSlot();
        browser.submit(By.id("continue"));
        WebElement forAnother = browser.driver().findElement(By.cssSelector("label[for='for-another']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", forAnother);
        browser.facesAjax(forAnother::click);
        assertThat(browser.driver().findElement(By.id("acting-for")).getText()).contains("un'altra persona");
        browser.type("fiscal-code", "BNCGLI85M52F205H");
        browser.type("given-name", "Giulia");
        browser.type("family-name", "Bianchi");
        browser.type("email", "giulia.bianchi@example.org");
        browser.type("reason", "Carta d'identità della sorella");
        browser.assertAccessible();
        browser.submit(By.id("confirm"));
        assertThat(browser.driver().findElement(By.id("summary-person")).getText()).isEqualTo("Giulia Bianchi");

        visit("area-personale/prenotazioni.xhtml");
        assertThat(browser.heading()).isEqualTo("Le mie prenotazioni");
        assertThat(browser.driver().findElement(By.id("upcoming")).getText()).contains("Mario Rossi", "Giulia Bianchi");
        browser.screenshot("booking-mine-it");
        browser.assertAccessible();
        browser.submit(By.cssSelector("a[href*='annulla=" + code + "']"));
        assertThat(browser.driver().findElement(By.id("cancel")).getText()).contains("Vuoi davvero annullare");
        browser.assertAccessible();
        browser.submit(By.id("cancel-confirm"));
        assertThat(browser.messages()).contains("La prenotazione è stata annullata");
        assertThat(browser.driver().findElement(By.id("upcoming")).getText()).contains("Annullato");
    }

    @Test
    void anOperatorEntersAnAppointmentTakenByPhoneInTheScheduleAndExportsTheList() {
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/calendari/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Calendari");
        browser.screenshot("booking-operator-calendars-it");
        browser.assertAccessible();

        browser.submit(By.id("open-" + IDENTITY_CARDS));
        assertThat(browser.heading()).isEqualTo("Carte d'identità elettronica");
        browser.await().until(d -> !d.findElements(By.cssSelector(".fc-event.booking-free")).isEmpty()
                || !d.findElements(By.cssSelector(".fc-next-button")).isEmpty());
        for (int week = 0; week < 4 && browser.driver().findElements(By.cssSelector(".fc-event.booking-free")).isEmpty(); week++) {
            browser.click(By.cssSelector(".fc-next-button")).awaitAjax();
        }
        assertThat(browser.driver().findElement(By.id("legend")).getText()).contains("Confermato", "In attesa di conferma", "Libero");
        browser.screenshot("booking-operator-schedule-it");
        browser.assertAccessible();

        // the last free slot of the view: a free slot shares its time with the appointments beside it
        List<WebElement> free = browser.driver().findElements(By.cssSelector(".fc-event.booking-free"));
        WebElement slot = free.get(free.size() - 1);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", slot);
        slot.click();
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("details:given")).isEmpty());
        browser.type("details:given", "Teresa");
        browser.type("details:family", "Telefono");
        browser.type("details:email", "teresa@example.org");
        browser.type("details:reason", "Preso al telefono");
        browser.click(By.id("details:enter")).awaitAjax();
        assertThat(browser.messages()).contains("Appuntamento inserito");
        browser.await().until(d -> d.findElement(By.id("table:appointments")).getText().contains("Teresa Telefono"));
        assertThat(browser.driver().findElement(By.id("table:export-csv")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("table:export-xlsx")).isDisplayed()).isTrue();
        browser.screenshot("booking-operator-entered-it");
        browser.assertAccessible();
    }

    private static String text(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
