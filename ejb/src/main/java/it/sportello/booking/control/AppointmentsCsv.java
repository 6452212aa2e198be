package it.sportello.booking.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import it.sportello.booking.entity.Appointment;

/**
 * A list of appointments as CSV for Italian spreadsheets: semicolons, a byte order mark so that
 * accents survive, every value quoted, formulas defused.
 */
public final class AppointmentsCsv {

    private AppointmentsCsv() {
    }

    public static byte[] of(List<Appointment> appointments, AppointmentTexts texts) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(Stream.of("calendar", "date", "start", "end", "person", "fiscalCode", "email", "phone",
                "reason", "status", "code").map(key -> texts.get("csv." + key)))).append("\r\n");
        for (Appointment a : appointments) {
            csv.append(line(Stream.of(a.getCalendar().getTitle().in(texts.locale()),
                    AppointmentTexts.DAY.format(a.getStartsAt()), AppointmentTexts.TIME.format(a.getStartsAt()),
                    AppointmentTexts.TIME.format(a.getEndsAt()), a.getPerson().fullName(), a.getFiscalCode(),
                    a.getEmail(), a.getPhone(), a.getReason(), texts.status(a.getStatus()), a.getReference())))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Stream<String> values) {
        return values.map(AppointmentsCsv::quoted).collect(Collectors.joining(";"));
    }

    static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
