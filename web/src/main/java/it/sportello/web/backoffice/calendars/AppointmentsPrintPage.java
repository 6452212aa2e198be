package it.sportello.web.backoffice.calendars;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.platform.BusinessException;

/**
 * Backing bean of {@code /backoffice/calendari/stampa.xhtml?calendario=<code>&dal=<day>&al=<day>}:
 * the print view of the schedule's table, the same appointments of the same period, without the
 * page's controls.
 */
@Named
@RequestScoped
public class AppointmentsPrintPage {

    @EJB
    Calendars calendars;

    private String code;
    private LocalDate from;
    private LocalDate to;
    private Calendar calendar;
    private List<Appointment> appointments;

    public void load() {
        try {
            if (code == null || from == null || to == null || to.isBefore(from)) {
                throw new BusinessException("schedule.export.invalid");
            }
            calendar = calendars.calendar(code);
            appointments = calendars.appointments(code, from, to);
        } catch (BusinessException e) {
            Faces.responseSendError(404, "");
        }
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public List<Appointment> getAppointments() {
        return appointments;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
