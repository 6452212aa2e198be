package it.sportello.web.citizen.booking;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.inject.Inject;

import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.entity.Appointment;
import it.sportello.web.i18n.LocaleSelection;

/**
 * What a table of the citizen's appointments ({@code /WEB-INF/includes/appointments.xhtml}) asks
 * of its page for each row: when it is, whether it is past, whether it can still be cancelled.
 */
public abstract class AppointmentRows implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    public boolean isPast(Appointment appointment) {
        return !appointment.getEndsAt().isAfter(LocalDateTime.now(clock));
    }

    public boolean isCancellable(Appointment appointment) {
        return appointment.isCancellableByCitizenAt(LocalDateTime.now(clock));
    }

    public String when(Appointment appointment) {
        return new AppointmentTexts(locale.getLocale()).when(appointment);
    }
}
