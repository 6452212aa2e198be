package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.Config;

import it.sportello.booking.control.Holiday;
import it.sportello.booking.control.Limits;
import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotRules;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Person;
import it.sportello.catalog.entity.Service;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.TimeSpan;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.entity.Roles;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;

/**
 * The citizen's booking: bookable calendars, the slots of a week, holding slots while the booking
 * is completed, completing it, the citizen's appointments and their cancellation.
 *
 * <p>Holding is where concurrency matters: each attempt runs in its own transaction and takes its
 * seats in the database ({@link Seats}); when another booking took the same seat at the same
 * moment the attempt is rolled back and tried again with the seats as they now are, until it gets
 * a seat or the slot is full.
 *
 * <p>The booking pages are public: where a calendar allows it, anybody books without logging in.
 * Whoever books is the caller: a citizen who logged in books as themselves, and their drafts are
 * theirs alone; a draft held without login is completed by whoever has its reference, as the
 * page that holds it does. A citizen's own appointments are for citizens only.
 */
@Stateless
@PermitAll
public class Bookings {

    /** Attempts at taking a seat before giving up; each failed attempt means somebody else got one. */
    static final int ATTEMPTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Seats seats;

    @Inject
    CalendarSlots calendarSlots;

    @Inject
    Event<AppointmentEvent> events;

    @Inject
    PracticeAppointments practiceAppointments;

    @Inject
    PracticeSlots practiceSlots;

    @Inject
    Config config;

    @Resource
    SessionContext context;

    /**
     * The calendar a service's appointments are booked on: its own, or else the general desk's
     * ({@code sportello.booking.general-calendar}, e.g. the URP) when citizens can book that one,
     * as the national model wants a booking on every service card; empty when neither. A calendar
     * booked only through the service's request (a hall) leaves appointments to the general desk.
     */
    public Optional<Calendar> calendarFor(@NotNull Service service) {
        Optional<Calendar> own = service.isBookable() ? calendar(service.getCalendarCode()) : Optional.empty();
        if (own.isPresent() && !own.get().isPracticeOnly()) {
            return own;
        }
        return config.getOptionalValue("sportello.booking.general-calendar", String.class)
                .flatMap(general -> bookable().stream()
                        .filter(calendar -> calendar.getCode().equals(general))
                        .findFirst());
    }

    /** The calendars citizens can book, by title. */
    public List<Calendar> bookable() {
        return em.createNamedQuery(Calendar.BOOKABLE, Calendar.class).getResultList();
    }

    public Optional<Calendar> calendar(String code) {
        return em.createNamedQuery(Calendar.BY_CODE, Calendar.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private Calendar bookableCalendar(String code) {
        return calendar(code)
                .filter(Calendar::isEnabled)
                .orElseThrow(() -> new BookingRefusedException("booking.calendar.unknown"));
    }

    /** Every slot of the calendar from one day to another, both included, with its state now. */
    public List<Slot> slots(String calendarCode, LocalDate from, LocalDate to) {
        return calendarSlots.slots(bookableCalendar(calendarCode), from, to, null);
    }

    /** The slots of the week (Monday to Sunday) that holds this day. */
    public List<Slot> week(String calendarCode, LocalDate day) {
        LocalDate monday = SlotRules.weekOf(day);
        return slots(calendarCode, monday, monday.plusDays(6));
    }

    /** The holidays of the week that holds this day on which the calendar stays closed, to name them on the grid. */
    public Map<LocalDate, Holiday> holidaysOfWeek(String calendarCode, LocalDate day) {
        LocalDate monday = SlotRules.weekOf(day);
        return calendarSlots
                .closedDays(bookableCalendar(calendarCode), monday, monday.plusDays(6))
                .holidays();
    }

    /**
     * Holds these consecutive slots for the calendar's hold time, for the citizen calling or for
     * nobody logged in, and returns the draft's reference.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String hold(String calendarCode, Set<LocalDateTime> starts) {
        return holdRetrying(calendarCode, starts, null);
    }

    /**
     * Holds the slots as {@link #hold(String, Set)} does, for one of the calling citizen's
     * practices (see {@link #practiceToBook}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String holdForPractice(String calendarCode, Set<LocalDateTime> starts, String practiceReference) {
        return holdRetrying(calendarCode, starts, practiceReference);
    }

    /** Attempts through the container, so that each one runs in its own transaction as the same caller. */
    private String holdRetrying(String calendarCode, Set<LocalDateTime> starts, String practiceReference) {
        Bookings self = context.getBusinessObject(Bookings.class);
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            try {
                return self.tryHold(calendarCode, starts, practiceReference);
            } catch (SeatConflictException e) {
                // somebody took that seat a moment ago: look at the seats again
                Thread.onSpinWait();
            }
        }
        return self.tryHold(calendarCode, starts, practiceReference);
    }

    /** One attempt of {@link #hold}, in its own transaction; for no practice when the reference is null. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String tryHold(String calendarCode, Set<LocalDateTime> starts, String practiceReference) {
        Calendar calendar = bookableCalendar(calendarCode);
        if (calendar.isPracticeOnly()) {
            throw new BookingRefusedException("booking.calendar.practiceOnly");
        }
        String bookedBy = booker();
        if (bookedBy == null && !calendar.isAnonymousAllowed()) {
            throw new BookingRefusedException("booking.login.required");
        }
        Practice practice = practiceReference == null ? null : practiceToBook(calendarCode, practiceReference);
        List<Slot> chosen = calendarSlots.choose(calendar, starts, null);
        Slot first = chosen.get(0);
        Appointment draft = Appointment.hold(
                calendar,
                first.hours(),
                first.start(),
                chosen.get(chosen.size() - 1).end(),
                chosen.size(),
                bookedBy,
                clock.instant());
        if (practice != null) {
            draft.forPractice(practice);
        }
        em.persist(draft);
        em.flush();
        calendarSlots.take(draft, chosen);
        return draft.getReference();
    }

    /**
     * A draft still held for the caller who holds its reference (the same citizen, or nobody
     * logged in): {@code booking.unknown} for anybody else, {@code booking.hold.expired} when its
     * hold is over.
     */
    public Appointment draft(String reference) {
        Appointment draft = ownDraft(reference).orElseThrow(() -> new BookingRefusedException("booking.unknown"));
        if (!draft.isHeldAt(clock.instant())) {
            throw new BookingRefusedException(BookingRefusedException.HOLD_EXPIRED);
        }
        return draft;
    }

    /**
     * Completes a held draft: the person it is for, the reason and a note. Checks the calendar's
     * per-person limits, keeps the seats and mails the confirmation once committed.
     */
    public Appointment complete(String reference, Person person, String reason, String note, String language) {
        Appointment appointment = ownDraft(reference).orElseThrow(() -> new BookingRefusedException("booking.unknown"));
        Instant now = clock.instant();
        appointment.complete(person, reason, note, language, now);
        if (appointment.getFiscalCode() != null) {
            Limits.check(
                    appointment.getCalendar(),
                    appointment.getStartsAt(),
                    (from, to) -> em.createNamedQuery(Appointment.COUNT_OF_PERSON, Long.class)
                            .setParameter("calendar", appointment.getCalendar())
                            .setParameter("fiscalCode", appointment.getFiscalCode())
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .setParameter("except", appointment.getId())
                            .getSingleResult());
        }
        seats.keep(appointment, now);
        practiceAppointments.fixed(appointment, Actor.CITIZEN, appointment.getBookedBy(), now);
        events.fire(new AppointmentEvent(appointment.getReference(), AppointmentEvent.Kind.BOOKED));
        return appointment;
    }

    /**
     * The practice the citizen calling books an appointment for on this calendar: theirs, sent,
     * and its service names this calendar (the practice's rule); refused with the reason
     * otherwise, and to anybody not logged in as a citizen.
     */
    public Practice practiceToBook(String calendarCode, String practiceReference) {
        Practice practice = practiceAppointments.practice(practiceReference);
        String calendar = practice.appointments().calendar(caller.is(Roles.CITIZEN) ? caller.citizen() : null);
        if (!calendar.equals(calendarCode)) {
            throw new BookingRefusedException("booking.practice.otherCalendar");
        }
        return practice;
    }

    /**
     * Holds these consecutive slots for a calendar slot field of one of the calling citizen's
     * drafts, in place of those it held, and returns the time they span; refused with the reason
     * (not as many slots as the field asks, taken meanwhile, ...). See {@link PracticeSlots}.
     */
    @RolesAllowed(Roles.CITIZEN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TimeSpan holdForDraft(String practiceReference, String fieldId, Set<LocalDateTime> starts) {
        Bookings self = context.getBusinessObject(Bookings.class);
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            try {
                return self.tryHoldForDraft(practiceReference, fieldId, starts);
            } catch (SeatConflictException e) {
                // somebody took that seat a moment ago: look at the seats again
                Thread.onSpinWait();
            }
        }
        return self.tryHoldForDraft(practiceReference, fieldId, starts);
    }

    /** One attempt of {@link #holdForDraft}, in its own transaction. */
    @RolesAllowed(Roles.CITIZEN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TimeSpan tryHoldForDraft(String practiceReference, String fieldId, Set<LocalDateTime> starts) {
        Practice practice = draftOfCaller(practiceReference);
        Field field = slotField(practice, fieldId);
        return practiceSlots.hold(practice, field, bookableCalendar(field.calendar()), starts);
    }

    /**
     * The slots of the week holding this day on the calendar of a draft's calendar slot field,
     * those the draft holds shown free, to be chosen again.
     */
    @RolesAllowed(Roles.CITIZEN)
    public List<Slot> weekForDraft(String practiceReference, String fieldId, LocalDate day) {
        Practice practice = draftOfCaller(practiceReference);
        Calendar calendar = bookableCalendar(slotField(practice, fieldId).calendar());
        LocalDate monday = SlotRules.weekOf(day);
        return calendarSlots.slots(calendar, monday, monday.plusDays(6), practiceSlots.held(practice, calendar));
    }

    /** A draft of the calling citizen; anything else is refused as not theirs, revealing nothing. */
    private Practice draftOfCaller(String reference) {
        Practice practice = practiceAppointments.practice(reference);
        if (!practice.isDraft() || !practice.isOwnedBy(caller.citizen())) {
            throw new PracticeRefusedException("practice.appointment.not_applicant", reference);
        }
        return practice;
    }

    private static Field slotField(Practice practice, String fieldId) {
        return FormDefinitions.parse(practice.getForm().getDefinition())
                .field(fieldId)
                .filter(field -> field.kind() == FieldKind.CALENDAR_SLOT)
                .orElseThrow(() -> new BookingRefusedException("booking.unknown"));
    }

    /** The appointments booked for one of the calling citizen's practices, earliest first. */
    @RolesAllowed(Roles.CITIZEN)
    public List<Appointment> ofPractice(String practiceReference) {
        Practice practice = practiceAppointments.practice(practiceReference);
        if (!practice.isOwnedBy(caller.citizen())) {
            throw new PracticeRefusedException("practice.appointment.not_applicant", practiceReference);
        }
        return practiceAppointments.of(practice);
    }

    /** Gives up a draft the caller holds, freeing its slots at once. */
    public void release(String reference) {
        ownDraft(reference).ifPresent(draft -> {
            draft.abandon(clock.instant());
            seats.free(draft);
        });
    }

    public Optional<Appointment> find(String reference) {
        return em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /** The appointment of this reference when the caller booked it: the same citizen, or both nobody logged in. */
    private Optional<Appointment> ownDraft(String reference) {
        String bookedBy = booker();
        return find(reference).filter(a -> Objects.equals(a.getBookedBy(), bookedBy));
    }

    /**
     * Who books: the codice fiscale of the citizen calling; null when nobody is logged in, or when
     * a member of staff looks at the public pages.
     */
    private String booker() {
        return caller.is(Roles.CITIZEN) ? caller.citizen().value() : null;
    }

    /** The appointments the calling citizen booked or that are for them, latest first. */
    @RolesAllowed(Roles.CITIZEN)
    public List<Appointment> ofCitizen() {
        return em.createNamedQuery(Appointment.OF_CITIZEN, Appointment.class)
                .setParameter("fiscalCode", caller.citizen().value())
                .getResultList();
    }

    /** One appointment of the calling citizen (booked by them or for them); unknown otherwise. */
    @RolesAllowed(Roles.CITIZEN)
    public Appointment ofCitizen(String reference) {
        String fiscalCode = caller.citizen().value();
        return find(reference)
                .filter(a -> a.getStatus() != AppointmentStatus.DRAFT)
                .filter(a -> fiscalCode.equals(a.getBookedBy()) || fiscalCode.equals(a.getFiscalCode()))
                .orElseThrow(() -> new BookingRefusedException("booking.unknown"));
    }

    /** The calling citizen cancels one of their appointments, until the calendar's notice; the slot is free again. */
    @RolesAllowed(Roles.CITIZEN)
    public void cancel(String reference) {
        cancel(ofCitizen(reference));
    }

    /** Whoever booked without logging in cancels from the secret link of their e-mail. */
    public void cancelWithToken(String reference, String token) {
        cancel(withToken(reference, token));
    }

    /**
     * A completed appointment for whoever may read it: the citizen calling, when they booked it or
     * it is for them, or whoever holds the secret of its link.
     */
    public Appointment visible(String reference, String token) {
        if (caller.is(Roles.CITIZEN) && (token == null || token.isBlank())) {
            return ofCitizen(reference);
        }
        return withToken(reference, token == null ? "" : token);
    }

    public Appointment withToken(String reference, String token) {
        return find(reference)
                .filter(a -> a.getCancelToken().equals(token))
                .filter(a -> a.getStatus() != AppointmentStatus.DRAFT)
                .orElseThrow(() -> new BookingRefusedException("booking.unknown"));
    }

    private void cancel(Appointment appointment) {
        appointment.cancelByCitizen(LocalDateTime.now(clock), clock.instant());
        seats.free(appointment);
        events.fire(new AppointmentEvent(appointment.getReference(), AppointmentEvent.Kind.CANCELLED_BY_CITIZEN));
    }
}
