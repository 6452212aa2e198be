package it.sportello.booking.control;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import it.sportello.booking.entity.Appointment;
import it.sportello.platform.text.SpreadsheetCsv;

/** A list of appointments as CSV for Italian spreadsheets ({@link SpreadsheetCsv}). */
public final class AppointmentsCsv {

    private AppointmentsCsv() {}

    public static byte[] of(List<Appointment> appointments, AppointmentTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.start(bytes);
        csv.row(Stream.of(
                        "calendar",
                        "date",
                        "start",
                        "end",
                        "person",
                        "fiscalCode",
                        "email",
                        "phone",
                        "reason",
                        "status",
                        "code")
                .map(key -> texts.get("csv." + key))
                .toList());
        for (Appointment a : appointments) {
            csv.row(Arrays.asList(
                    a.getCalendar().getTitle().in(texts.locale()),
                    AppointmentTexts.DAY.format(a.getStartsAt()),
                    AppointmentTexts.TIME.format(a.getStartsAt()),
                    AppointmentTexts.TIME.format(a.getEndsAt()),
                    a.getPerson().fullName(),
                    a.getFiscalCode(),
                    a.getEmail(),
                    a.getPhone(),
                    a.getReason(),
                    texts.status(a.getStatus()),
                    a.getReference()));
        }
        csv.flush();
        return bytes.toByteArray();
    }
}
