package it.sportello.booking.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.booking.entity.Appointment;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;

/**
 * What the citizen's booking and the office's calendars share about appointments booked for a
 * practice: finding the practice, its appointments, and the line the practice's iter records
 * when one is fixed. Who may book for which practice is the practice's own rule.
 */
@Dependent
class PracticeAppointments {

    @PersistenceContext
    EntityManager em;

    /** The practice by its reference; an unknown one is refused as not the booker's, revealing nothing. */
    Practice practice(String reference) {
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PracticeRefusedException("practice.appointment.not_applicant", reference));
    }

    /** The practice's appointments (drafts left out), earliest first. */
    List<Appointment> of(Practice practice) {
        return em.createNamedQuery(Appointment.OF_PRACTICE, Appointment.class)
                .setParameter("practice", practice)
                .getResultList();
    }

    /** "Appuntamento fissato per il ..." in the iter of the appointment's practice, if it has one. */
    void fixed(Appointment appointment, Actor actorKind, String actor, Instant now) {
        if (appointment.getPractice() != null) {
            appointment
                    .getPractice()
                    .appointments()
                    .fixed(appointment.getStartsAt(), appointment.getEndsAt(), actorKind, actor, now);
        }
    }
}
