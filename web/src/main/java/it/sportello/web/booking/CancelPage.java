package it.sportello.web.booking;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /prenotazioni/annulla.xhtml?prenotazione=<reference>&codice=<secret>}:
 * whoever booked without logging in cancels from the link of their e-mail, after a confirmation.
 */
@Named
@ViewScoped
public class CancelPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    @Inject
    LocaleSelection locale;

    private String reference;
    private String token;
    private transient Appointment appointment;

    public void load() {
        try {
            appointment = bookings.withToken(String.valueOf(reference), String.valueOf(token));
        } catch (BookingRefusedException e) {
            Faces.responseSendError(404, "");
        }
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public String when() {
        return new AppointmentTexts(locale.getLocale()).when(appointment);
    }

    public boolean isCancellable() {
        return appointment.isCancellableByCitizenAt(
                java.time.LocalDateTime.now(it.sportello.platform.time.Clocks.ITALY));
    }

    public String cancel() {
        bookings.cancelWithToken(reference, token);
        Messages.addFlashGlobalInfo("my_appointments.cancelled");
        return "/prenotazioni/annulla.xhtml?faces-redirect=true&prenotazione=" + reference + "&codice=" + token;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
