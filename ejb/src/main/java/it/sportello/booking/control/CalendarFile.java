package it.sportello.booking.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

/**
 * The appointment as an iCalendar file (RFC 5545) that calendar applications import: one event in
 * UTC with the place, the reason and the booking code, identified by the booking reference so that
 * importing it again updates the same event.
 */
public final class CalendarFile {

    public static final String MEDIA_TYPE = "text/calendar";

    private CalendarFile() {}

    public static byte[] of(Appointment appointment, String municipality, AppointmentTexts texts, ZoneId zone) {
        return ofAll(List.of(appointment), municipality, texts, zone);
    }

    /** Several appointments (an operator's list) as the events of one file. */
    public static byte[] ofAll(
            List<Appointment> appointments, String municipality, AppointmentTexts texts, ZoneId zone) {
        Calendar calendar = new Calendar()
                .withProdId("-//" + municipality + "//Sportello//IT")
                .withDefaults()
                .getFluentTarget();
        for (Appointment appointment : appointments) {
            calendar.add(event(appointment, municipality, texts, zone));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(Appointment appointment, String municipality, AppointmentTexts texts, ZoneId zone) {
        VEvent event = new VEvent(
                appointment.getStartsAt().atZone(zone).toInstant(),
                appointment.getEndsAt().atZone(zone).toInstant(),
                summary(appointment, municipality, texts));
        event.add(new Uid(appointment.getReference() + "@sportello"));
        if (appointment.getCalendar().getPlace() != null) {
            event.add(new Location(appointment.getCalendar().getPlace()));
        }
        event.add(new Description(texts.get(
                "ics.description",
                appointment.getReference(),
                appointment.getReason() == null ? "" : appointment.getReason())));
        event.add(
                appointment.getStatus() == AppointmentStatus.PENDING
                        ? new Status("TENTATIVE")
                        : appointment.getStatus() == AppointmentStatus.CANCELLED
                                ? new Status("CANCELLED")
                                : new Status("CONFIRMED"));
        return event;
    }

    public static String summary(Appointment appointment, String municipality, AppointmentTexts texts) {
        return texts.get("ics.summary", appointment.getCalendar().getTitle().in(texts.locale()), municipality);
    }
}
