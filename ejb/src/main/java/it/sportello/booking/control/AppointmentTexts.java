package it.sportello.booking.control;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;

/** The booking texts that leave the application as files: receipt, calendar file, exported lists. */
public final class AppointmentTexts {

    static final String BUNDLE = "it.sportello.booking.control.texts";

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ResourceBundle texts;
    private final Locale locale;

    public AppointmentTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... values) {
        return values.length == 0 ? texts.getString(key) : new MessageFormat(texts.getString(key), locale).format(values);
    }

    public String status(AppointmentStatus status) {
        return texts.getString("AppointmentStatus." + status.name());
    }

    /** "giovedì 05/03/2026, 09:00 - 09:40" in the reader's language. */
    public String when(Appointment appointment) {
        return get("when", appointment.getStartsAt().format(DateTimeFormatter.ofPattern("EEEE", locale)),
                DAY.format(appointment.getStartsAt()), TIME.format(appointment.getStartsAt()),
                TIME.format(appointment.getEndsAt()));
    }

    public Locale locale() {
        return locale;
    }
}
