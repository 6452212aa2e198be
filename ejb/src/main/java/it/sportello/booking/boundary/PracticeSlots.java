package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotRules;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Person;
import it.sportello.form.control.Field;
import it.sportello.form.control.TimeSpan;
import it.sportello.identity.entity.Citizen;
import it.sportello.practice.boundary.HeldSlots;
import it.sportello.practice.boundary.PracticeDeskEvent;
import it.sportello.practice.boundary.PracticeSent;
import it.sportello.practice.boundary.PracticeWithdrawn;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.DeskAction;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.PracticeStatus;

/**
 * The calendar slots of practices (the Cavalese room booking): chosen on the week grid of a
 * calendar slot field and held for the draft while the citizen fills the rest; kept when the
 * practice is sent, held on while its payment is due (the calendar's payment extension); booked
 * as the practice's appointment once it is sent, confirmed or waiting for the office on a
 * moderated calendar; freed when the draft goes away, the practice is withdrawn or rejected. A
 * payment that fails or never comes lets the hold run out, which frees the slots.
 */
@Dependent
public class PracticeSlots implements HeldSlots {

    private static final Logger LOG = Logger.getLogger(PracticeSlots.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CalendarSlots calendarSlots;

    @Inject
    Seats seats;

    @Inject
    PracticeAppointments practiceAppointments;

    @Inject
    Event<AppointmentEvent> events;

    /**
     * Holds these consecutive slots of the field's calendar for the draft, in place of those the
     * field held before; the caller has checked that the draft is the citizen's. Refused with the
     * reason when the choice is not as many slots as the field asks, or they are not free.
     */
    TimeSpan hold(Practice practice, Field field, Calendar calendar, Set<LocalDateTime> starts) {
        Appointment draft = holdDraft(practice, field, calendar, starts);
        return new TimeSpan(draft.getStartsAt(), draft.getEndsAt());
    }

    private Appointment holdDraft(Practice practice, Field field, Calendar calendar, Set<LocalDateTime> starts) {
        if (starts.size() < field.minSlots() || starts.size() > field.maxSlots()) {
            throw field.minSlots() == field.maxSlots()
                    ? new BookingRefusedException("booking.slots.exactly", field.minSlots())
                    : new BookingRefusedException("booking.slots.between", field.minSlots(), field.maxSlots());
        }
        Instant now = clock.instant();
        drafts(practice).stream()
                .filter(draft -> draft.getCalendar().equals(calendar))
                .forEach(draft -> forget(draft, now));
        List<Slot> chosen = calendarSlots.choose(calendar, starts, null);
        Appointment draft = Appointment.hold(
                calendar,
                chosen.get(0).hours(),
                chosen.get(0).start(),
                chosen.get(chosen.size() - 1).end(),
                chosen.size(),
                practice.getApplicant().getFiscalCode().value(),
                now);
        draft.forPractice(practice);
        em.persist(draft);
        em.flush();
        calendarSlots.take(draft, chosen);
        return draft;
    }

    /** The held draft of a practice on a calendar, if its hold has not run out. */
    Appointment held(Practice practice, Calendar calendar) {
        Instant now = clock.instant();
        return drafts(practice).stream()
                .filter(draft -> draft.getCalendar().equals(calendar) && draft.isHeldAt(now))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void keepOnSending(Practice practice, Map<Field, TimeSpan> chosen, boolean paymentDue) {
        Instant now = clock.instant();
        List<Appointment> kept = new ArrayList<>();
        for (Map.Entry<Field, TimeSpan> choice : chosen.entrySet()) {
            Field field = choice.getKey();
            TimeSpan span = choice.getValue();
            Calendar calendar = calendar(field.calendar());
            Appointment draft = drafts(practice).stream()
                    .filter(held -> held.getCalendar().equals(calendar)
                            && held.getStartsAt().equals(span.start())
                            && held.getEndsAt().equals(span.end()))
                    .findFirst()
                    .orElse(null);
            if (draft == null) {
                // cleared away by the background job once its hold ran out: held again if still free
                draft = holdAgain(practice, field, calendar, span);
            } else if (!draft.isHeldAt(now)) {
                takeAgain(draft, now);
            }
            kept.add(draft);
        }
        for (Appointment draft : drafts(practice)) {
            if (!kept.contains(draft)) {
                // held once for a choice the form no longer has
                forget(draft, now);
                continue;
            }
            Duration hold = draft.getCalendar().hold();
            Duration whilePaying = Duration.ofDays(draft.getCalendar().getPaymentExtensionDays());
            Instant until = now.plus(paymentDue && whilePaying.compareTo(hold) > 0 ? whilePaying : hold);
            draft.holdUntil(until, now);
            seats.holdUntil(draft, until);
        }
    }

    /** The seats of a draft whose hold ran out, taken again if nobody took them; refused with the field otherwise. */
    private void takeAgain(Appointment draft, Instant now) {
        Set<LocalDateTime> starts = starts(draft);
        try {
            List<Slot> chosen = calendarSlots.choose(draft.getCalendar(), starts, draft);
            seats.free(draft);
            draft.holdUntil(now.plus(draft.getCalendar().hold()), now);
            calendarSlots.take(draft, chosen);
        } catch (BookingRefusedException e) {
            throw new PracticeRefusedException(
                    "practice.slot.taken", draft.getCalendar().getCode());
        }
    }

    /** The slots of a span held again for the practice; refused with the field's calendar when they are not free. */
    private Appointment holdAgain(Practice practice, Field field, Calendar calendar, TimeSpan span) {
        Set<LocalDateTime> starts =
                calendarSlots
                        .slots(
                                calendar,
                                span.start().toLocalDate(),
                                span.start().toLocalDate(),
                                null)
                        .stream()
                        .filter(slot -> span.contains(slot.start()))
                        .map(Slot::start)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            return holdDraft(practice, field, calendar, starts);
        } catch (BookingRefusedException e) {
            throw new PracticeRefusedException("practice.slot.taken", calendar.getCode());
        }
    }

    private Calendar calendar(String code) {
        return em.createNamedQuery(Calendar.BY_CODE, Calendar.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PracticeRefusedException("practice.slot.taken", code));
    }

    /** The starts of the slots a draft holds, from its first slot on. */
    private Set<LocalDateTime> starts(Appointment draft) {
        List<Slot> day = calendarSlots.slots(
                draft.getCalendar(),
                draft.getStartsAt().toLocalDate(),
                draft.getStartsAt().toLocalDate(),
                draft);
        return new LinkedHashSet<>(SlotRules.consecutive(day, draft.getStartsAt(), draft.getSlotCount()));
    }

    /** Once sent (at once, or when paid), the practice's held slots are its appointments. */
    void book(@Observes PracticeSent sent) {
        Practice practice = practiceAppointments.practice(sent.reference());
        Instant now = clock.instant();
        Citizen applicant = practice.getApplicant();
        for (Appointment draft : drafts(practice)) {
            try {
                if (!draft.isHeldAt(now)) {
                    takeAgain(draft, now);
                }
                draft.complete(
                        new Person(
                                applicant.getFiscalCode().value(),
                                applicant.getGivenName(),
                                applicant.getFamilyName(),
                                applicant.getBirthDate(),
                                applicant.getContacts().getEmail(),
                                applicant.getContacts().getMobile()),
                        practice.getService().getTitle().italian(),
                        null,
                        "it",
                        now);
                seats.keep(draft, now);
                practiceAppointments.fixed(draft, Actor.CITIZEN, draft.getBookedBy(), now);
                events.fire(new AppointmentEvent(draft.getReference(), AppointmentEvent.Kind.BOOKED));
            } catch (PracticeRefusedException | BookingRefusedException e) {
                // paid after the hold ran out and somebody took the slots: the office books another
                LOG.warning(() -> "Practice " + practice.getShortReference() + " sent without its slots on "
                        + draft.getCalendar().getCode() + ": taken meanwhile");
                forget(draft, now);
            }
        }
    }

    void withdrawn(@Observes PracticeWithdrawn withdrawn) {
        release(practiceAppointments.practice(withdrawn.reference()));
    }

    /** An outcome given (or released once registered): a rejected practice frees its slots. */
    void decided(@Observes PracticeDeskEvent event) {
        if (event.kind() != DeskAction.Kind.OUTCOME && event.kind() != DeskAction.Kind.OUTCOME_RELEASED) {
            return;
        }
        Practice practice = practiceAppointments.practice(event.reference());
        if (practice.getStatus() == PracticeStatus.REJECTED) {
            release(practice);
        }
    }

    @Override
    public void release(Practice practice) {
        if (practice.isDraft()) {
            // the draft goes away, and the appointment drafts it held with it
            for (Appointment draft : all(practice)) {
                seats.free(draft);
                em.remove(draft);
            }
            return;
        }
        Instant now = clock.instant();
        for (Appointment appointment : all(practice)) {
            if (appointment.getStatus() == AppointmentStatus.DRAFT) {
                forget(appointment, now);
            } else if (appointment.getStatus() == AppointmentStatus.PENDING
                    || appointment.getStatus() == AppointmentStatus.CONFIRMED) {
                appointment.cancelByOffice(null, now);
                seats.free(appointment);
                events.fire(
                        new AppointmentEvent(appointment.getReference(), AppointmentEvent.Kind.CANCELLED_BY_OFFICE));
            }
        }
    }

    /** A draft given up: its slots are free at once. */
    private void forget(Appointment draft, Instant now) {
        draft.abandon(now);
        seats.free(draft);
    }

    private List<Appointment> drafts(Practice practice) {
        return all(practice).stream()
                .filter(a -> a.getStatus() == AppointmentStatus.DRAFT)
                .toList();
    }

    private List<Appointment> all(Practice practice) {
        return em.createNamedQuery(Appointment.ALL_OF_PRACTICE, Appointment.class)
                .setParameter("practice", practice)
                .getResultList();
    }
}
