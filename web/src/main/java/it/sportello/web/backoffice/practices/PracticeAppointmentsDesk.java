package it.sportello.web.backoffice.practices;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.control.Slot;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.practice.entity.Practice;
import it.sportello.web.i18n.LocaleSelection;

/**
 * The Appuntamenti tab of {@code /backoffice/pratiche/dettaglio.xhtml}: the appointments booked
 * for the practice and, for an operator who works the service's calendar, booking one for the
 * applicant in a free slot of the coming weeks — the calendar's own entry of an appointment,
 * checked by the same slot rules, which the practice's iter then records.
 */
@Named
@ViewScoped
public class PracticeAppointmentsDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TAB = "appuntamenti";

    /** How far ahead the free slots offered go. */
    static final int DAYS_AHEAD = 21;

    /** How many free slots the choice lists at most. */
    static final int MAX_SLOTS = 80;

    @EJB
    Calendars calendars;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    @Inject
    PracticeDeskPage desk;

    private String start;
    private String reason;
    private transient List<Appointment> appointments;
    private transient List<Slot> freeSlots;
    private transient Calendar calendar;

    public boolean isShown() {
        Practice practice = desk.getPractice();
        return practice != null && practice.appointments().isOffered();
    }

    public List<Appointment> getAppointments() {
        if (appointments == null) {
            appointments = isShown() ? calendars.ofPractice(desk.getPractice().getReference()) : List.of();
        }
        return appointments;
    }

    /** The service's calendar, when this operator works it; null otherwise. */
    public Calendar getCalendar() {
        if (calendar == null && isShown()) {
            String code = desk.getPractice().getService().getCalendarCode();
            calendar = calendars.worked().stream()
                    .filter(c -> c.getCode().equals(code))
                    .findFirst()
                    .orElse(null);
        }
        return calendar;
    }

    /** Whether the operator can book here: they work the calendar and the practice is still open. */
    public boolean isBookable() {
        return getCalendar() != null && desk.isChangeable();
    }

    /** The free slots of the service's calendar in the coming weeks, earliest first. */
    public List<Slot> getFreeSlots() {
        if (freeSlots == null) {
            LocalDate today = LocalDate.now(clock);
            freeSlots = !isBookable()
                    ? List.of()
                    : calendars.slots(getCalendar().getCode(), today, today.plusDays(DAYS_AHEAD)).stream()
                            .filter(slot -> slot.state().isBookable())
                            .limit(MAX_SLOTS)
                            .toList();
        }
        return freeSlots;
    }

    public String when(Appointment appointment) {
        return new AppointmentTexts(locale.getLocale()).when(appointment);
    }

    /** Books the chosen slot for the applicant and opens the tab again, where it now shows. */
    public String book() {
        LocalDateTime chosen = parse(start);
        if (chosen == null) {
            Messages.addGlobalError("booking.slots.none");
            return null;
        }
        Appointment booked = calendars.enterForPractice(desk.getPractice().getReference(), chosen, reason);
        Messages.addFlashGlobalInfo("practice_appointments.booked", when(booked));
        return PracticeDeskPage.PATH + "?faces-redirect=true&pratica="
                + URLEncoder.encode(desk.getPractice().getReference(), StandardCharsets.UTF_8) + "&scheda=" + TAB;
    }

    private static LocalDateTime parse(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
