package it.sportello.booking.control;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.platform.i18n.Texts;

/** The booking texts that leave the application as files: receipt, calendar file, exported lists. */
public final class AppointmentTexts {

    static final String BUNDLE = "it.sportello.booking.control.texts";

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final Locale locale;

    public AppointmentTexts(Locale locale) {
        this.locale = locale;
        this.texts = Texts.of(BUNDLE, locale);
    }

    public String get(String key, Object... values) {
        return texts.get(key, values);
    }

    public String status(AppointmentStatus status) {
        return texts.get("AppointmentStatus." + status.name());
    }

    /** "giovedì 05/03/2026, 09:00 - 09:40" in the reader's language. */
    public String when(Appointment appointment) {
        return get(
                "when",
                appointment.getStartsAt().format(DateTimeFormatter.ofPattern("EEEE", locale)),
                DAY.format(appointment.getStartsAt()),
                TIME.format(appointment.getStartsAt()),
                TIME.format(appointment.getEndsAt()));
    }

    public Locale locale() {
        return locale;
    }
}
