package it.sportello.web.citizen.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.entity.Appointment;
import it.sportello.web.citizen.CurrentCitizen;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /area-personale/prenotazioni.xhtml[?annulla=<reference>]}: the citizen's
 * appointments, those to come first and the past ones marked, each with its receipt; cancelling
 * asks for a confirmation first.
 */
@Named
@ViewScoped
public class MyAppointmentsPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Bookings bookings;

    @Inject
    transient CurrentCitizen citizen;

    @Inject
    transient LocaleSelection locale;

    @Inject
    transient Clock clock;

    private String cancelling;
    private transient List<Appointment> appointments;

    public List<Appointment> getUpcoming() {
        return all().stream().filter(a -> !isPast(a)).sorted(java.util.Comparator.comparing(Appointment::getStartsAt))
                .toList();
    }

    public List<Appointment> getPast() {
        return all().stream().filter(this::isPast).toList();
    }

    private List<Appointment> all() {
        if (appointments == null) {
            appointments = bookings.ofCitizen(citizen.fiscalCode().value());
        }
        return appointments;
    }

    public boolean isPast(Appointment appointment) {
        return !appointment.getEndsAt().isAfter(LocalDateTime.now(clock));
    }

    public boolean isCancellable(Appointment appointment) {
        return appointment.isCancellableByCitizenAt(LocalDateTime.now(clock));
    }

    public String when(Appointment appointment) {
        return new AppointmentTexts(locale.getLocale()).when(appointment);
    }

    /** The appointment whose cancellation is being confirmed. */
    public Appointment getToCancel() {
        return cancelling == null ? null
                : all().stream().filter(a -> a.getReference().equals(cancelling)).findFirst().orElse(null);
    }

    public String cancel() {
        bookings.cancel(citizen.fiscalCode().value(), cancelling);
        Messages.addFlashGlobalInfo("my_appointments.cancelled");
        return "/area-personale/prenotazioni.xhtml?faces-redirect=true";
    }

    public String getCancelling() {
        return cancelling;
    }

    public void setCancelling(String cancelling) {
        this.cancelling = cancelling;
    }
}
