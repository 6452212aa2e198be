package it.sportello.booking.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.booking.entity.Appointment;
import it.sportello.platform.pdf.TextDocument;

/**
 * An operator's list of appointments as PDF for printing or filing: the calendar and the period
 * on top, then one section per day with a line per appointment (time, person, codice fiscale,
 * reason, status, booking code), in the order of the list.
 */
public final class AppointmentsPdf {

    private AppointmentsPdf() {}

    public static byte[] of(
            String calendarTitle,
            LocalDate from,
            LocalDate to,
            List<Appointment> appointments,
            String municipality,
            AppointmentTexts texts) {
        Map<LocalDate, StringBuilder> days = new LinkedHashMap<>();
        for (Appointment a : appointments) {
            StringBuilder line = new StringBuilder("- ")
                    .append(AppointmentTexts.TIME.format(a.getStartsAt()))
                    .append('-')
                    .append(AppointmentTexts.TIME.format(a.getEndsAt()))
                    .append(' ')
                    .append(a.getPerson().fullName());
            if (a.getFiscalCode() != null) {
                line.append(" (").append(a.getFiscalCode()).append(')');
            }
            if (a.getReason() != null) {
                line.append(" - ").append(a.getReason());
            }
            line.append(" - ").append(texts.status(a.getStatus())).append(" - ").append(a.getReference());
            days.computeIfAbsent(a.getStartsAt().toLocalDate(), day -> new StringBuilder())
                    .append(oneLine(line.toString()))
                    .append('\n');
        }
        List<TextDocument.Section> sections = new ArrayList<>();
        sections.add(new TextDocument.Section(
                null,
                texts.get(
                        "list.period",
                        AppointmentTexts.DAY.format(from),
                        AppointmentTexts.DAY.format(to),
                        appointments.size())));
        days.forEach((day, lines) ->
                sections.add(new TextDocument.Section(AppointmentTexts.DAY.format(day), lines.toString())));
        return TextDocument.render(
                municipality,
                texts.get("list.title", calendarTitle),
                texts.locale().getLanguage(),
                sections);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
