package it.sportello.practice.entity;

import it.sportello.catalog.entity.Service;

/**
 * Which calendar the appointments of a practice are booked on: the one its service names, once
 * the practice is sent and while it is neither withdrawn nor cancelled. The practice checks who
 * books (the applicant, or an operator enabled for the service) before asking.
 */
final class AppointmentBooking {

    private final Practice practice;

    AppointmentBooking(Practice practice) {
        this.practice = practice;
    }

    /** The calendar's code; refused for a draft, a practice withdrawn or cancelled, and a service that books no appointments. */
    String calendar() {
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
