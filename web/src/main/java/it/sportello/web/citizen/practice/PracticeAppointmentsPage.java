package it.sportello.web.citizen.practice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.entity.Appointment;
import it.sportello.practice.entity.Practice;
import it.sportello.web.citizen.booking.AppointmentRows;

/**
 * The Appuntamenti tab of {@code /area-personale/pratiche/dettaglio.xhtml}: shown for a sent
 * practice whose service books on a calendar, with the appointments booked for the practice
 * and "Prenota appuntamento", which opens the calendar's week with the practice carried along.
 */
@Named
@ViewScoped
public class PracticeAppointmentsPage extends AppointmentRows {

    private static final long serialVersionUID = 1L;

    static final String TAB = "appuntamenti";

    @EJB
    Bookings bookings;

    @Inject
    PracticeDetailPage detail;

    private transient List<Appointment> appointments;

    /** The Appuntamenti tab of a practice, as an address within the application. */
    public static String tabOf(String practiceReference) {
        return PracticeDetailPage.PATH + "?pratica=" + URLEncoder.encode(practiceReference, StandardCharsets.UTF_8)
                + "&scheda=" + TAB;
    }

    public boolean isShown() {
        Practice practice = detail.getPractice();
        return practice != null && practice.appointments().isOffered();
    }

    public List<Appointment> getAppointments() {
        if (appointments == null) {
            appointments = isShown() ? bookings.ofPractice(detail.getPractice().getReference()) : List.of();
        }
        return appointments;
    }

    /** Whether the citizen books more appointments for the practice: not on a calendar booked only through its request. */
    public boolean isBookable() {
        return bookings.calendar(detail.getPractice().getService().getCalendarCode())
                .filter(calendar -> !calendar.isPracticeOnly())
                .isPresent();
    }

    /** The week of the service's calendar, booking for this practice. */
    public String getBookingAddress() {
        Practice practice = detail.getPractice();
        return "/prenotazioni/settimana.xhtml?calendario="
                + URLEncoder.encode(practice.getService().getCalendarCode(), StandardCharsets.UTF_8) + "&pratica="
                + URLEncoder.encode(practice.getReference(), StandardCharsets.UTF_8);
    }
}
