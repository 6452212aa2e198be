package it.sportello.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import it.sportello.platform.time.Clocks;
import it.sportello.testing.BrowserJourney;
import it.sportello.testing.Mailbox;
import it.sportello.testing.PdfText;
import it.sportello.testing.SpreadsheetRows;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * A citizen books an identity card appointment from the week grid with the keyboard, sees the
 * countdown of the hold, confirms, downloads the receipt and the calendar file and gets them by
 * e-mail too (GreenMail, in this JVM), books for another person, and cancels; an operator reads
 * the schedule and downloads its list as CSV, Excel, calendar file and PDF, each read back as the
 * file it is. Every page is checked with axe.
 */
class BookingBrowserIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String IDENTITY_CARDS = "ufficio-anagrafe";

    /** The header of the schedule's list as CSV (AppointmentsCsv). */
    private static final List<String> CSV_HEADER = List.of(
            "Calendario",
            "Data",
            "Inizio",
            "Fine",
            "Persona",
            "Codice fiscale",
            "E-mail",
            "Telefono",
            "Motivo",
            "Stato",
            "Codice prenotazione");

    /**
     * Ticks the first free slot of next week with the keyboard (far enough ahead to be cancelled
     * online), going on to the following weeks when one has none.
     */
    private void tickFirstFreeSlot() {
        browser.submit(By.id("next-week"));
        for (int week = 0;
                week < 4 && browser.driver().findElements(By.name("slot")).isEmpty();
                week++) {
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
    void theWeekGridIsWorkedWithTheKeyboardAndEachStepFocusesWhatChanged() {
        visit("prenotazioni/settimana.xhtml?calendario=" + IDENTITY_CARDS);
        assertThat(focused().getText()).as("the page's heading").isEqualTo("Carte d'identità elettronica");

        // "Continua" with nothing ticked: the error is what the focus is on
        browser.submit(By.id("continue"));
        assertThat(focused().getText()).isEqualTo("Scegli almeno un orario libero.");

        browser.submit(By.id("next-week"));
        for (int week = 0;
                week < 4 && browser.driver().findElements(By.name("slot")).size() < 4;
                week++) {
            browser.submit(By.id("next-week"));
        }
        String week = browser.driver().getCurrentUrl();
        WebElement first = browser.driver().findElements(By.name("slot")).get(0);
        browser.driver().executeScript("arguments[0].focus()", first);
        first.sendKeys(Keys.ARROW_DOWN);
        WebElement below = focused();
        assertThat(below.getAttribute("name")).isEqualTo("slot");
        assertThat(below.getAttribute("id")).as("a later time of the same day").isNotEqualTo(first.getAttribute("id"));
        assertThat(below.getAttribute("value"))
                .startsWith(first.getAttribute("value").substring(0, 10));
        below.sendKeys(Keys.ARROW_RIGHT);
        WebElement beside = focused();
        assertThat(beside.getAttribute("name")).isEqualTo("slot");
        assertThat(beside.getAttribute("value").substring(11))
                .as("the same time of a later day")
                .isEqualTo(below.getAttribute("value").substring(11));
        assertThat(beside.getAttribute("value")).isGreaterThan(below.getAttribute("value"));
        beside.sendKeys(Keys.ARROW_UP);
        assertThat(focused().getAttribute("value").substring(0, 10))
                .isEqualTo(beside.getAttribute("value").substring(0, 10));

        // Enter ticks the slot, and sends nothing
        WebElement chosen = focused();
        chosen.sendKeys(Keys.ENTER);
        assertThat(chosen.isSelected()).isTrue();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(week);
        browser.submit(By.id("continue"));
        assertThat(focused().getText()).isEqualTo("I tuoi dati");
        browser.assertAccessible();
    }

    @Test
    void theWeekOfTheImmaculateConceptionNamesItAndHasNoSlotThatDay() {
        LocalDate today = LocalDate.now(Clocks.ITALY);
        LocalDate thisYears = LocalDate.of(today.getYear(), 12, 8);
        LocalDate immaculate = thisYears.isBefore(today) ? thisYears.plusYears(1) : thisYears;
        visit("prenotazioni/settimana.xhtml?calendario=sportello-urp&settimana=" + immaculate);
        int column = immaculate.getDayOfWeek().getValue();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#week-grid thead th:nth-child(" + (column + 1) + ")"))
                        .getText())
                .contains("Immacolata Concezione");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#week-grid tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .as("no slot on the holiday")
                .allMatch(row -> row.findElements(By.tagName("td"))
                        .get(column - 1)
                        .getAttribute("class")
                        .contains("sportello-slot-none"));
        assertThat(browser.driver().findElements(By.cssSelector("#week-grid tbody td:not(.sportello-slot-none)")))
                .as("slots on the other days of the week")
                .isNotEmpty();
        browser.screenshot("booking-week-holiday-it");
        browser.assertAccessible();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void aServiceWithoutACalendarOfItsOwnIsBookedAtTheGeneralDeskWhichReadsWhy() {
        loginAs("Mario Rossi");
        visit("servizi/scheda.xhtml?servizio=permesso-ztl");
        browser.submit(By.cssSelector("[data-element='service-booking-access'] [data-element='appointment-booking']"));
        assertThat(browser.heading()).isEqualTo("Sportello URP - assistenza");
        assertThat(browser.driver().findElement(By.id("for-service")).getText())
                .isEqualTo("Appuntamento per il servizio «Permesso di accesso alla ZTL»");
        tickFirstFreeSlot();
        assertThat(browser.driver().findElement(By.id("for-service")).getText())
                .as("the service stays named from week to week")
                .contains("Permesso di accesso alla ZTL");
        browser.screenshot("booking-week-for-service-it");
        browser.assertAccessible();
        browser.submit(By.id("continue"));

        assertThat(browser.heading()).isEqualTo("I tuoi dati");
        assertThat(browser.value("reason")).isEqualTo("Permesso di accesso alla ZTL");
        browser.type("phone", "3331234567");
        browser.submit(By.id("confirm"));
        assertThat(browser.heading()).isEqualTo("Prenotazione effettuata");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Sportello URP - assistenza", "Permesso di accesso alla ZTL");
    }

    @Test
    void aCitizenBooksAnIdentityCardAppointmentGetsTheMailAndCancelsIt() throws Exception {
        loginAs("Mario Rossi");
        visit("prenotazioni/index.xhtml?calendario=" + IDENTITY_CARDS);
        assertThat(browser.heading()).isEqualTo("Prenotazioni");
        assertThat(browser.driver()
                        .findElement(By.id("calendar-" + IDENTITY_CARDS))
                        .getText())
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
        assertThat(countdown)
                .matches(
                        "Restano 0?9:[0-5][0-9] per completare la prenotazione|Restano 10:00 per completare la prenotazione");
        assertThat(browser.driver().findElement(By.id("me")).getText()).contains("Mario Rossi", "RSSMRA80A01H501U");
        browser.submit(By.id("confirm"));
        assertThat(browser.driver().findElement(By.id("details")).getText())
                .contains("Scrivi il motivo dell'appuntamento.");
        browser.type("reason", "Rinnovo della carta d'identità");
        browser.type("phone", "3331234567");
        browser.screenshot("booking-details-it");
        browser.assertAccessible();
        browser.submit(By.id("confirm"));

        assertThat(browser.heading()).isEqualTo("Prenotazione effettuata");
        assertThat(browser.driver().findElement(By.id("booking-status")).getText())
                .contains("confermata");
        String code = browser.driver().findElement(By.id("booking-code")).getText();
        assertThat(browser.driver().findElement(By.id("add-to-calendar")).getText())
                .contains("Google Calendar", "Outlook", "Yahoo");
        browser.screenshot("booking-confirmation-it");
        browser.assertAccessible();

        // the receipt and the calendar file, as the citizen downloads them from the confirmation
        String receipt = PdfText.of(browser.download(By.id("receipt")));
        assertThat(receipt)
                .contains(
                        "Ricevuta di prenotazione",
                        "Carte d'identità elettronica",
                        "Mario Rossi (RSSMRA80A01H501U)",
                        "Rinnovo della carta d'identità");
        assertThat(receipt.replace(" ", "")).contains(code);
        List<VEvent> booked = events(browser.download(By.id("ics")));
        assertThat(booked).extracting(event -> property(event, Property.UID)).containsExactly(code + "@sportello");
        assertThat(booked)
                .extracting(event -> property(event, Property.SUMMARY))
                .allSatisfy(summary -> assertThat(summary).startsWith("Appuntamento: Carte d'identità elettronica"));

        MimeMessage mail = Mailbox.mailTo(SMTP, "mario.rossi@example.org", "Carte d'identità elettronica");
        assertThat(mail.getSubject()).contains("Confermato");
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
        browser.driver()
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", forAnother);
        browser.facesAjax(forAnother::click);
        assertThat(browser.driver().findElement(By.id("acting-for")).getText()).contains("un'altra persona");
        browser.type("fiscal-code", "BNCGLI85M52F205H");
        browser.type("given-name", "Giulia");
        browser.type("family-name", "Bianchi");
        browser.type("email", "giulia.bianchi@example.org");
        browser.type("reason", "Carta d'identità della sorella");
        browser.assertAccessible();
        browser.submit(By.id("confirm"));
        assertThat(browser.driver().findElement(By.id("summary-person")).getText())
                .isEqualTo("Giulia Bianchi");

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
    void anOperatorEntersAnAppointmentTakenByPhoneInTheScheduleAndExportsTheList() throws Exception {
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/calendari/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Calendari");
        browser.screenshot("booking-operator-calendars-it");
        browser.assertAccessible();

        browser.submit(By.id("open-" + IDENTITY_CARDS));
        assertThat(browser.heading()).isEqualTo("Carte d'identità elettronica");
        browser.await()
                .until(d -> !d.findElements(By.cssSelector(".fc-event.booking-free"))
                                .isEmpty()
                        || !d.findElements(By.cssSelector(".fc-next-button")).isEmpty());
        for (int week = 0;
                week < 4
                        && browser.driver()
                                .findElements(By.cssSelector(".fc-event.booking-free"))
                                .isEmpty();
                week++) {
            browser.click(By.cssSelector(".fc-next-button")).awaitAjax();
        }
        assertThat(browser.driver().findElement(By.id("legend")).getText())
                .contains("Confermato", "In attesa di conferma", "Libero");
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
        // a mistyped e-mail address and codice fiscale: said next to their fields, nothing typed is lost
        browser.type("details:email", "teresa@example");
        browser.type("details:code", "RSSMRA80A01H501X");
        browser.type("details:reason", "Preso al telefono");
        browser.click(By.id("details:enter")).awaitAjax();
        browser.await()
                .until(d -> !d.findElements(By.id("details:email-message")).isEmpty()
                        && !d.findElement(By.id("details:email-message"))
                                .getText()
                                .isEmpty());
        assertThat(browser.driver().findElement(By.id("details:email-message")).getText())
                .contains("Indirizzo email non valido");
        assertThat(browser.driver().findElement(By.id("details:code-message")).getText())
                .contains("Codice fiscale non valido");
        assertThat(browser.value("details:given")).isEqualTo("Teresa");
        assertThat(browser.value("details:reason")).isEqualTo("Preso al telefono");
        browser.type("details:email", "teresa@example.org");
        browser.type("details:code", "");
        browser.click(By.id("details:enter")).awaitAjax();
        assertThat(browser.messages()).contains("Appuntamento inserito");
        browser.await()
                .until(d -> d.findElement(By.id("table:appointments")).getText().contains("Teresa Telefono"));
        browser.screenshot("booking-operator-entered-it");
        browser.assertAccessible();

        // the list as the operator downloads it: CSV for spreadsheets, and the table itself in Excel
        byte[] csvFile = Files.readAllBytes(browser.download(linkButton("table:export-csv")));
        assertThat(csvFile).startsWith(SpreadsheetRows.BOM);
        List<List<String>> csv = SpreadsheetRows.csv(csvFile);
        assertThat(csv.get(0)).containsExactlyElementsOf(CSV_HEADER);
        assertThat(SpreadsheetRows.rowWith(csv, "Teresa Telefono"))
                .containsEntry("Calendario", "Carte d'identità elettronica")
                .containsEntry("E-mail", "teresa@example.org")
                .containsEntry("Motivo", "Preso al telefono")
                .containsEntry("Stato", "Confermato");
        List<List<String>> excel = sheet(browser.download(By.id("table:export-xlsx")));
        assertThat(excel.get(0))
                .containsExactly("Data e ora", "Persona", "Codice fiscale", "E-mail", "Telefono", "Motivo", "Stato");
        assertThat(SpreadsheetRows.rowWith(excel, "Teresa Telefono"))
                .containsEntry("E-mail", "teresa@example.org")
                .containsEntry("Motivo", "Preso al telefono")
                .containsEntry("Stato", "Confermato");
    }

    @Test
    void aCitizenBooksFromTheirPracticeAndTheOfficeBooksAnotherForThemFromTheDesk() {
        loginAs("Mario Rossi");
        String practice = sentAssistanceRequest();
        browser.click(By.id("tab-appuntamenti"));
        browser.await().until(d -> d.findElement(By.id("appuntamenti")).isDisplayed());
        assertThat(browser.driver()
                        .findElement(By.id("practice-appointments-none"))
                        .getText())
                .isEqualTo("Nessun appuntamento per questa pratica.");
        browser.assertAccessible();

        browser.submit(By.id("book-appointment"));
        assertThat(browser.heading()).isEqualTo("Sportello URP - assistenza");
        assertThat(browser.driver().findElement(By.id("for-practice")).getText())
                .contains("Appuntamento per la pratica «Richiesta di assistenza»", practice);
        tickFirstFreeSlot();
        browser.submit(By.id("continue"));
        assertThat(browser.driver().findElement(By.id("summary-practice")).getText())
                .contains(practice);
        browser.type("reason", "Consegna dei documenti della richiesta");
        browser.assertAccessible();
        browser.submit(By.id("confirm"));

        // back on the practice, its Appuntamenti tab open with the appointment
        assertThat(browser.driver().getCurrentUrl()).contains("pratica=" + practice, "scheda=appuntamenti");
        assertThat(browser.messages()).contains("Appuntamento fissato per");
        assertThat(browser.driver().findElement(By.id("appuntamenti")).isDisplayed())
                .isTrue();
        assertThat(browser.driver().findElement(By.id("practiceAppointments")).getText())
                .contains(
                        "Sportello URP - assistenza",
                        "Piazza del Municipio 1",
                        "Mario Rossi",
                        "Confermato",
                        "ricevuta");
        browser.screenshot("practice-appointments-citizen-it");
        browser.assertAccessible();

        // another citizen's practice, or one that does not exist: named, and nothing can be held
        visit("prenotazioni/settimana.xhtml?calendario=sportello-urp&pratica=pratica-di-un-altro");
        assertThat(browser.messages()).contains("La pratica pratica-di-un-altro non risulta tra le tue");
        assertThat(browser.driver().findElements(By.id("continue"))).isEmpty();
        browser.screenshot("practice-appointments-refused-it");
        browser.assertAccessible();

        // the office books a second appointment for Mario from the practice at its desk
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/pratiche/dettaglio.xhtml?pratica=" + practice + "&scheda=appuntamenti");
        assertThat(browser.driver().findElement(By.id("practice-appointments")).getText())
                .contains("Mario Rossi", "Confermato");
        browser.assertAccessible();
        browser.type(
                browser.driver()
                        .findElement(By.cssSelector("input[id$='appointment-reason']"))
                        .getAttribute("id"),
                "Chiarimenti sulla richiesta");
        browser.submit(By.cssSelector("button[id$='appointment-book']"));
        assertThat(browser.messages()).contains("Appuntamento fissato per");
        assertThat(browser.driver().findElements(By.cssSelector("#practice-appointments tbody tr")))
                .hasSize(2);
        assertThat(browser.driver().findElement(By.id("iter")).getText()).contains("Appuntamento fissato per");
        browser.screenshot("practice-appointments-desk-it");
        browser.assertAccessible();
    }

    /** Mario sends a request for help at the URP counter, whose service books appointments; its reference. */
    private String sentAssistanceRequest() {
        visit("servizi/compila.xhtml?servizio=richiesta-assistenza");
        browser.clickHidden(By.cssSelector("label[for='fill:privacy']"));
        browser.submit(By.id("fill:next"));
        browser.type("fill:email", "mario.rossi@example.org");
        browser.submit(By.id("fill:next-applicant"));
        browser.submit(By.id("fill:next-role"));
        new org.openqa.selenium.support.ui.Select(browser.formField("argomento")).selectByValue("servizi_online");
        browser.formField("messaggio").sendKeys("Devo consegnare allo sportello i documenti della mia richiesta.");
        WebElement byMail = browser.driver()
                .findElement(By.cssSelector("[data-field='contatto'] input[type='radio'][value='email']"));
        browser.facesAjax(() -> browser.driver().executeScript("arguments[0].click()", byMail));
        browser.submit(By.id("fill:next-section"));
        browser.submit(By.id("fill:send"));
        assertThat(browser.driver().getCurrentUrl())
                .contains("/area-personale/pratiche/dettaglio.xhtml?")
                .contains("pratica=");
        return browser.driver().getCurrentUrl().replaceAll(".*pratica=", "").replaceAll("&.*", "");
    }

    /** The free slots of today in the schedule's week view, earliest first. */
    private List<WebElement> freeToday() {
        return browser.driver().findElements(By.cssSelector(".fc-day-today .fc-event.booking-free"));
    }

    private WebElement eventOf(String person) {
        return browser.await()
                .until(d -> d.findElements(By.cssSelector(".fc-event")).stream()
                        .filter(e -> e.getText().contains(person))
                        .findFirst()
                        .orElse(null));
    }

    private void enterInFreeSlot(WebElement slot, String given, String family) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", slot);
        slot.click();
        browser.awaitAjax();
        browser.await().until(d -> !d.findElements(By.id("details:given")).isEmpty());
        browser.type("details:given", given);
        browser.type("details:family", family);
        browser.type("details:email", "sportello.prova@example.org");
        browser.type("details:reason", "Preso allo sportello");
        browser.click(By.id("details:enter")).awaitAjax();
        browser.await()
                .until(d -> d.findElement(By.id("table:appointments")).getText().contains(given + " " + family));
    }

    /** The link of a link button: PrimeFaces renders it inside the element with the id. */
    private static By linkButton(String id) {
        return By.cssSelector("[id='" + id + "'] a");
    }

    /** The cells of the first sheet of an Excel file, row by row, as the spreadsheet shows them. */
    private static List<List<String>> sheet(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter shown = new DataFormatter(Locale.ITALY);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(shown.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The events of a calendar file, read as a calendar application reads them. */
    private static List<VEvent> events(Path ics) throws IOException, ParserException {
        try (InputStream in = Files.newInputStream(ics)) {
            return new CalendarBuilder().build(in).getComponents(Component.VEVENT);
        }
    }

    private static String property(VEvent event, String name) {
        return event.<Property>getRequiredProperty(name).getValue();
    }

    private void clickLabel(String text) {
        WebElement label = browser.driver().findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(text))
                .findFirst()
                .orElseThrow();
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", label);
        label.click();
    }

    private void typeNumber(String id, String number) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), number);
    }

    @Test
    void theIdentityCardScheduleShowsItsFreeSlotsToItsOperatorAndToTheAdministrator() {
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        assertNextWeekHasFreeSlots();
        browser.driver().manage().deleteAllCookies();
        browser.adminLogin(base);
        assertNextWeekHasFreeSlots();
    }

    /** Opened from the calendars' list, the week after this one shows the office's free slots (its opening hours). */
    private void assertNextWeekHasFreeSlots() {
        visit("backoffice/calendari/index.xhtml");
        browser.submit(By.id("open-ufficio-anagrafe"));
        assertThat(browser.heading()).isEqualTo("Carte d'identità elettronica");
        browser.await()
                .until(d -> !d.findElements(By.cssSelector(".fc-next-button")).isEmpty());
        browser.click(By.cssSelector(".fc-next-button"));
        browser.await()
                .until(d ->
                        d.findElements(By.cssSelector(".fc-event.booking-free")).size() > 10);
    }

    @Test
    void anAdministratorSetsUpACalendarAndAnOperatorMovesMarksAndExportsItsAppointments() throws Exception {
        // the schedule is worked today: it needs free 10-minute slots left before 23:50
        assumeTrue(
                LocalTime.now(Clocks.ITALY).isBefore(LocalTime.of(22, 50)),
                "the operator's part needs today's slots, so not in the last hour of the Italian day");
        String code = "prova-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(Clocks.ITALY);
        browser.adminLogin(base);
        visit("backoffice/calendari/index.xhtml");
        assertThat(browser.driver().findElement(By.id("municipality")).getText())
                .contains("Chiusure di tutto il Comune", "Aggiungi chiusura");
        browser.screenshot("calendar-list-admin-it");
        browser.assertAccessible();
        browser.submit(By.id("new-calendar"));
        assertThat(browser.heading()).isEqualTo("Nuovo calendario");
        browser.assertAccessible();

        // a calendar without its Italian title is refused, and what was typed stays
        browser.type("calendar:code", code);
        browser.type("calendar:place", "Municipio, sala prove");
        browser.click(By.id("calendar:save")).awaitAjax();
        assertThat(browser.messages()).contains("Il titolo in italiano è obbligatorio.");
        assertThat(browser.value("calendar:code")).isEqualTo(code);
        assertThat(browser.value("calendar:place")).isEqualTo("Municipio, sala prove");
        browser.type("calendar:title-it", "Sportello di prova " + code);
        browser.type("calendar:title-en", "Test desk");
        browser.type("calendar:email", "prove@example.org");
        clickLabel("Olga Operatrice");
        browser.screenshot("calendar-new-it");
        browser.submit(By.id("calendar:save"));
        assertThat(browser.messages()).contains("Calendario creato");
        assertThat(browser.value("calendar:code")).isEqualTo(code);
        assertThat(browser.driver().findElement(By.id("calendar:code")).getAttribute("readonly"))
                .isNotNull();

        // opening hours on today's weekday, ten-minute slots all day so that the schedule has free
        // slots left today at almost any hour; first with the closing before the opening
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        browser.type("hours:name", "Tutto il giorno");
        browser.type("hours:from_input", today.format(typed));
        browser.driver().findElement(By.id("hours:from_input")).sendKeys(Keys.TAB);
        browser.type("hours:to_input", today.plusDays(30).format(typed));
        browser.driver().findElement(By.id("hours:to_input")).sendKeys(Keys.TAB);
        browser.type("hours:open", "23:50");
        browser.type("hours:close", "00:00");
        typeNumber("hours:length_input", "10");
        clickLabel(today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ITALIAN));
        browser.screenshot("calendar-hours-typed-it");
        browser.click(By.id("hours:save-hours")).awaitAjax();
        assertThat(browser.messages()).contains("L'ora di chiusura deve venire dopo quella di apertura.");
        assertThat(browser.value("hours:name")).isEqualTo("Tutto il giorno");
        browser.type("hours:open", "00:00");
        browser.type("hours:close", "23:50");
        browser.click(By.id("hours:save-hours")).awaitAjax();
        assertThat(browser.messages()).contains("Orario di apertura aggiunto.");
        assertThat(browser.driver().findElement(By.id("hours:tabs")).getText())
                .contains("In corso", "Scaduti", "Tutto il giorno");
        browser.driver()
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})",
                        browser.driver().findElement(By.id("hours:tabs")));
        browser.screenshot("calendar-edit-it");
        browser.assertAccessible();

        // holidays are closed without any closure typed; the administrator opens the first coming
        // one exceptionally (today itself on a holiday, so that the operator's part has slots)
        WebElement firstHoliday = browser.driver().findElement(By.cssSelector("[id$='holiday-list_data'] tr"));
        String holidayDay = firstHoliday.findElements(By.tagName("td")).get(0).getText();
        assertThat(firstHoliday.getText()).contains("Chiuso");
        assertThat(browser.driver().findElement(By.id("holidays")).getText())
                .contains("Immacolata Concezione", "Natale", "Lunedì dell'Angelo");
        browser.click(By.id("holidays:holiday-list:0:open-holiday")).awaitAjax();
        assertThat(browser.messages()).contains("aperto eccezionalmente");
        browser.await()
                .until(d -> d.findElement(By.cssSelector("[id$='holiday-list_data'] tr"))
                        .getText()
                        .contains("Aperto eccezionalmente"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[id$='holiday-list_data'] tr"))
                        .getText())
                .contains(holidayDay);
        browser.screenshot("calendar-holidays-it");
        browser.assertAccessible();

        // the calendar is bookable by citizens
        visit("prenotazioni/index.xhtml?calendario=" + code);
        assertThat(browser.driver().findElement(By.id("calendar-" + code)).getText())
                .contains("Sportello di prova " + code);

        // the enabled operator works its schedule
        browser.driver().manage().deleteAllCookies();
        browser.staffLogin(base, "operatore", "Operatore.Bugliano.1");
        visit("backoffice/calendari/calendario.xhtml?calendario=" + code);
        browser.await().until(d -> freeToday().size() > 0);
        // two appointments, then a free slot two further on to move one of them to
        assumeTrue(freeToday().size() >= 5, "five free slots left today (not so in the last hour of the day)");
        enterInFreeSlot(freeToday().get(0), "Nadia", "Assente");
        enterInFreeSlot(freeToday().get(0), "Bruno", "Spostato");

        // no-show: an appointment of today
        WebElement absent = eventOf("Nadia Assente");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", absent);
        absent.click();
        browser.awaitAjax();
        browser.click(By.id("details:no-show")).awaitAjax();
        assertThat(browser.messages()).contains("Appuntamento segnato come non avvenuto.");
        browser.await()
                .until(d -> d.findElement(By.id("table:appointments")).getText().contains("Non avvenuto"));

        // drag and drop to a free slot a little later today
        WebElement target = freeToday().get(2);
        String newTime = target.findElement(By.cssSelector(".fc-event-time"))
                .getText()
                .split("-")[0]
                .strip();
        String newTimeTyped =
                LocalTime.parse(newTime, DateTimeFormatter.ofPattern("H:mm")).toString();
        WebElement moved = eventOf("Bruno Spostato");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", moved);
        int dy = target.getLocation().getY() - moved.getLocation().getY();
        // FullCalendar follows the pointer: press, move in small steps as a hand does, let go
        Actions drag = new Actions(browser.driver())
                .moveToElement(moved)
                .clickAndHold()
                .pause(Duration.ofMillis(150));
        int steps = 12;
        for (int step = 0; step < steps; step++) {
            drag.moveByOffset(0, dy / steps).pause(Duration.ofMillis(40));
        }
        drag.moveByOffset(0, dy - steps * (dy / steps))
                .pause(Duration.ofMillis(300))
                .release()
                .perform();
        browser.awaitAjax();
        browser.await().until(d -> !browser.messages().contains("non avvenuto"));
        assertThat(browser.messages()).as("moved by %d px to %s", dy, newTime).contains("Appuntamento spostato");
        browser.await()
                .until(d -> d.findElement(By.id("table:appointments")).findElements(By.tagName("tr")).stream()
                        .anyMatch(row -> row.getText().contains("Bruno Spostato")
                                && row.getText().contains(newTime)));
        WebElement movedNow = eventOf("Bruno Spostato");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", movedNow);
        movedNow.click();
        browser.awaitAjax();
        browser.await()
                .until(d -> d.findElement(By.id("appointment-title")).getText().contains(newTime));
        browser.screenshot("calendar-schedule-moved-it");
        browser.assertAccessible();

        // cancelling is asked again before it is done
        browser.click(By.id("details:cancel"));
        browser.await()
                .until(d ->
                        d.findElement(By.cssSelector(".ui-confirmdialog-no")).isDisplayed());
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".ui-confirm-dialog"))
                        .getText())
                .contains("Annullare l'appuntamento?");
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        assertThat(browser.driver().findElement(By.id("appointment-status")).getText())
                .isEqualTo("Confermato");

        // the list as the operator downloads it, button by button: CSV, calendar file and PDF
        String day = today.format(typed);
        byte[] csvFile = Files.readAllBytes(browser.download(linkButton("table:export-csv")));
        assertThat(csvFile).startsWith(SpreadsheetRows.BOM);
        List<List<String>> csv = SpreadsheetRows.csv(csvFile);
        assertThat(csv.get(0)).containsExactlyElementsOf(CSV_HEADER);
        assertThat(csv).as("the header and the two appointments").hasSize(3);
        Map<String, String> bruno = SpreadsheetRows.rowWith(csv, "Bruno Spostato");
        assertThat(bruno)
                .containsEntry("Calendario", "Sportello di prova " + code)
                .containsEntry("Data", day)
                .containsEntry("Inizio", newTimeTyped)
                .containsEntry("Motivo", "Preso allo sportello")
                .containsEntry("Stato", "Confermato");
        Map<String, String> nadia = SpreadsheetRows.rowWith(csv, "Nadia Assente");
        assertThat(nadia)
                .containsEntry("Data", day)
                .containsEntry("E-mail", "sportello.prova@example.org")
                .containsEntry("Stato", "Non avvenuto (assente)");

        List<VEvent> events = events(browser.download(linkButton("table:export-ics")));
        assertThat(events)
                .extracting(event -> property(event, Property.UID))
                .containsExactlyInAnyOrder(
                        bruno.get("Codice prenotazione") + "@sportello",
                        nadia.get("Codice prenotazione") + "@sportello");
        assertThat(events)
                .extracting(event -> property(event, Property.SUMMARY))
                .allSatisfy(summary -> assertThat(summary).startsWith("Appuntamento: Sportello di prova " + code));
        VEvent brunos = events.stream()
                .filter(event -> property(event, Property.UID).equals(bruno.get("Codice prenotazione") + "@sportello"))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.from(
                        brunos.<DtStart<?>>getRequiredProperty(Property.DTSTART).getDate()))
                .as("where it was moved")
                .isEqualTo(today.atTime(LocalTime.parse(newTimeTyped))
                        .atZone(Clocks.ITALY)
                        .toInstant());

        String pdf = PdfText.of(browser.download(linkButton("table:export-pdf")));
        assertThat(pdf)
                .contains(
                        "Appuntamenti - Sportello di prova " + code,
                        day,
                        newTimeTyped + "-",
                        "Bruno Spostato",
                        "Nadia Assente",
                        "Non avvenuto (assente)");
        assertThat(pdf.replace(" ", "")).contains(bruno.get("Codice prenotazione"), nadia.get("Codice prenotazione"));

        browser.submit(By.cssSelector("[id='table:print'] a, a[id='table:print']"));
        assertThat(browser.driver().findElement(By.id("printed")).getText())
                .contains("Bruno Spostato", "Nadia Assente");
        browser.screenshot("calendar-print-it");
        browser.assertAccessible();
    }

    private static String text(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
