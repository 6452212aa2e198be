package it.sportello.web.citizen.booking;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.entity.Appointment;
import it.sportello.web.citizen.practice.PracticeAppointmentsPage;

/**
 * Backing bean of {@code /area-personale/prenotazioni.xhtml[?annulla=<reference>]}: the citizen's
 * appointments, those to come first and the past ones marked, each with its receipt; cancelling
 * asks for a confirmation first.
 */
@Named
@ViewScoped
public class MyAppointmentsPage extends AppointmentRows {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    private String cancelling;
    private String practice;
    private transient List<Appointment> appointments;

    public List<Appointment> getUpcoming() {
        return all().stream()
                .filter(a -> !isPast(a))
                .sorted(java.util.Comparator.comparing(Appointment::getStartsAt))
                .toList();
    }

    public List<Appointment> getPast() {
        return all().stream().filter(this::isPast).toList();
    }

    private List<Appointment> all() {
        if (appointments == null) {
            appointments = bookings.ofCitizen();
        }
        return appointments;
    }

    /** The appointment whose cancellation is being confirmed. */
    public Appointment getToCancel() {
        return cancelling == null
                ? null
                : all().stream()
                        .filter(a -> a.getReference().equals(cancelling))
                        .findFirst()
                        .orElse(null);
    }

    public String cancel() {
        bookings.cancel(cancelling);
        Messages.addFlashGlobalInfo("my_appointments.cancelled");
        String back = getBack();
        return back + (back.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /**
     * Where the citizen goes once the cancellation is done or given up: the Appuntamenti tab of
     * the practice it was asked from ({@code ?pratica=}), or this list.
     */
    public String getBack() {
        return practice == null || practice.isBlank()
                ? "/area-personale/prenotazioni.xhtml"
                : PracticeAppointmentsPage.tabOf(practice);
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public String getCancelling() {
        return cancelling;
    }

    public void setCancelling(String cancelling) {
        this.cancelling = cancelling;
    }
}
