package it.sportello.booking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.booking.entity.Person;
import it.sportello.platform.i18n.LocalizedText;

class AppointmentFilesTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    Appointment appointment() {
        Clock clock = Clock.fixed(DAY.minusDays(2).atTime(9, 0).atZone(ROME).toInstant(), ROME);
        Calendar calendar = new Calendar(
                "ufficio-anagrafe",
                new LocalizedText("Carte d'identità elettronica", "Electronic identity cards", null),
                null);
        calendar.describe(null, "Municipio, sportello 1", null, "- Fototessera\n- Tessera sanitaria");
        OpeningHours hours = calendar.open(new OpeningHours(
                "Mattine",
                DAY.minusDays(10),
                DAY.plusDays(10),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(8, 30),
                LocalTime.of(12, 30),
                2,
                20,
                0));
        Appointment appointment =
                Appointment.hold(calendar, hours, DAY.atTime(9, 10), DAY.atTime(9, 30), 1, null, clock.instant());
        appointment.complete(
                new Person("RSSMRA80A01H501U", "Mario", "Rossi", null, "mario@example.org", null),
                "Rinnovo CIE",
                null,
                "it",
                clock.instant());
        return appointment;
    }

    @Test
    void theCalendarFileHasOneEventInUtcWithThePlaceAndTheBookingCode() {
        Appointment appointment = appointment();
        String ics = new String(
                        CalendarFile.of(appointment, "Comune di Bugliano", new AppointmentTexts(Locale.ITALIAN), ROME),
                        StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR")
                .contains(
                        "VERSION:2.0",
                        "BEGIN:VEVENT",
                        "DTSTART:20260304T081000Z",
                        "DTEND:20260304T083000Z",
                        "UID:" + appointment.getReference() + "@sportello",
                        "LOCATION:Municipio\\, sportello 1",
                        "STATUS:CONFIRMED",
                        "SUMMARY:Appuntamento: Carte d'identità elettronica - Comune di Bugliano");
    }

    @Test
    void theOperatorsListIsOneCalendarFileWithAnEventPerAppointment() {
        Appointment first = appointment();
        Appointment second = appointment();
        String ics = new String(
                        CalendarFile.ofAll(
                                List.of(first, second),
                                "Comune di Bugliano",
                                new AppointmentTexts(Locale.ITALIAN),
                                ROME),
                        StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics)
                .containsOnlyOnce("BEGIN:VCALENDAR")
                .contains("UID:" + first.getReference() + "@sportello", "UID:" + second.getReference() + "@sportello");
    }

    @Test
    void theOperatorsListAsPdfHasADayWithALinePerAppointment() throws Exception {
        Appointment appointment = appointment();
        byte[] pdf = AppointmentsPdf.of(
                "Carte d'identità elettronica",
                DAY,
                DAY.plusDays(6),
                List.of(appointment),
                "Comune di Bugliano",
                new AppointmentTexts(Locale.ITALIAN));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text)
                .contains(
                        "Appuntamenti - Carte d'identità elettronica",
                        "Appuntamenti dal 04/03/2026 al 10/03/2026: 1",
                        "04/03/2026",
                        "09:10-09:30 Mario Rossi (RSSMRA80A01H501U) - Rinnovo CIE - Confermato");
        assertThat(text.replaceAll("\\s", "")).contains(appointment.getReference());
    }

    @Test
    void webCalendarLinksCarryTheTimesInUtc() {
        CalendarLinks links = CalendarLinks.of(appointment(), "CIE", "Codice", ROME);
        assertThat(links.google())
                .contains("dates=20260304T081000Z/20260304T083000Z", "location=Municipio%2C%20sportello%201");
        assertThat(links.outlook()).contains("startdt=2026-03-04T08:10:00Z", "enddt=2026-03-04T08:30:00Z");
        assertThat(links.yahoo()).contains("st=20260304T081000Z", "et=20260304T083000Z");
    }

    @Test
    void theReceiptIsAPdfAndTheCsvListsTheAppointment() {
        Appointment appointment = appointment();
        byte[] pdf = Receipt.of(appointment, "Comune di Bugliano", new AppointmentTexts(Locale.ITALIAN));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String csv = new String(
                AppointmentsCsv.of(List.of(appointment), new AppointmentTexts(Locale.ITALIAN)), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFCalendario;Data;")
                .contains(";04/03/2026;09:10;09:30;Mario Rossi;RSSMRA80A01H501U;", ";Confermato;");
    }

    @Test
    void textsSayWhenInTheReadersLanguage() {
        assertThat(new AppointmentTexts(Locale.ITALIAN).when(appointment()))
                .isEqualTo("mercoledì 04/03/2026, 09:10 - 09:30");
        assertThat(new AppointmentTexts(Locale.ENGLISH).when(appointment()))
                .isEqualTo("Wednesday 04/03/2026, 09:10 - 09:30");
        assertThat(LocalDateTime.of(2026, 3, 4, 0, 0).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }
}
