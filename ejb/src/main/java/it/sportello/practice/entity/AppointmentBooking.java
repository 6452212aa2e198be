package it.sportello.practice.entity;

import java.time.Instant;
import java.time.LocalDateTime;

import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;

/**
 * The appointments of a practice: which calendar they are booked on, the one its service names,
 * once the practice is sent and while it is neither withdrawn nor cancelled, for whoever may book
 * (the applicant, or an operator enabled for the service); and the iter's record of an appointment
 * fixed. Reached by {@link Practice#appointments()}.
 */
public final class AppointmentBooking {

    private final Practice practice;

    AppointmentBooking(Practice practice) {
        this.practice = practice;
    }

    /** The calendar the applicant books an appointment for this practice on: see {@link #calendar()}. */
    public String calendar(FiscalCode by) {
        if (by == null || !practice.isOwnedBy(by)) {
            throw new PracticeRefusedException("practice.appointment.not_applicant", practice.getReference());
        }
        return calendar();
    }

    /** The same calendar, for an operator enabled for the practice's service booking for the applicant. */
    public String calendar(StaffAccount by) {
        practice.desk().requireEnabled(by);
        return calendar();
    }

    /** Whether the practice offers appointments (its Appuntamenti tab): sent, and its service books on a calendar. */
    public boolean isOffered() {
        return practice.isSent() && practice.getService().isBookable();
    }

    /**
     * The iter records the appointment fixed for the practice ("Appuntamento fissato per ..."):
     * its start and end, written as data ({@code 2026-11-30T09:00/09:40}) so that each reader
     * reads the day in their own language.
     */
    public void fixed(LocalDateTime startsAt, LocalDateTime endsAt, Actor actorKind, String actor, Instant now) {
        practice.act(DeskAction.Kind.APPOINTMENT, now, actorKind, actor, startsAt + "/" + endsAt.toLocalTime());
    }

    /** The calendar's code; refused for a draft, a practice withdrawn or cancelled, and a service that books no appointments. */
    private String calendar() {
        PracticeStatus status = practice.getStatus();
        Service service = practice.getService();
        if (!practice.isSent()) {
            throw new PracticeRefusedException("practice.appointment.not_sent");
        }
        if (status == PracticeStatus.WITHDRAWN || status == PracticeStatus.CANCELLED) {
            throw new PracticeRefusedException("practice.appointment.closed");
        }
        if (!service.isBookable()) {
            throw new PracticeRefusedException("practice.appointment.no_calendar");
        }
        return service.getCalendarCode();
    }
}
