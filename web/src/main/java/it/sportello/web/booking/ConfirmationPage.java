package it.sportello.web.booking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.control.CalendarFile;
import it.sportello.booking.control.CalendarLinks;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.municipality.Municipality;
import it.sportello.platform.time.Clocks;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /prenotazioni/conferma.xhtml?prenotazione=<reference>[&codice=<secret>]}:
 * the booking just made, confirmed or waiting for the office, with "add to calendar" and the
 * receipt. Readable by the citizen who booked or whom it is for, or with the secret of its link.
 */
@Named
@RequestScoped
public class ConfirmationPage {

    @EJB
    Bookings bookings;

    @Inject
    LocaleSelection locale;

    @Inject
    Municipality municipality;

    private String reference;
    private String token;
    private Appointment appointment;

    public void load() {
        try {
            appointment = bookings.visible(reference, token);
        } catch (BookingRefusedException e) {
            Faces.responseSendError(404, "");
        }
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public CalendarLinks getLinks() {
        AppointmentTexts texts = new AppointmentTexts(locale.getLocale());
        return CalendarLinks.of(
                appointment,
                CalendarFile.summary(appointment, municipality.getName(), texts),
                texts.get("ics.description", appointment.getReference(), appointment.getReason()),
                Clocks.ITALY);
    }

    /** The query that opens the files of this booking (ICS, receipt) for the same reader. */
    public String getFileQuery() {
        return "prenotazione=" + appointment.getReference()
                + (token == null || token.isBlank() ? "" : "&codice=" + token);
    }

    /** The documents to bring, as the calendar's text says them. */
    public java.util.List<it.sportello.platform.text.TextBlock> getDocuments() {
        return it.sportello.platform.text.TextBlock.parse(
                appointment.getCalendar().getDocumentsToBring());
    }

    public String when() {
        return new AppointmentTexts(locale.getLocale()).when(appointment);
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
