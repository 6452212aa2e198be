package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.booking.control.AppointmentTexts;
import it.sportello.booking.control.AppointmentsCsv;
import it.sportello.booking.control.CalendarHoliday;
import it.sportello.booking.control.Slot;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Closure;
import it.sportello.booking.entity.HolidayOpening;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.booking.entity.Person;
import it.sportello.catalog.entity.Office;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.practice.entity.Actor;
import it.sportello.practice.entity.Practice;

/**
 * The operators' side of the calendars: the calendars an operator works, their appointments and
 * slots for the schedule, appointments entered by phone, moves checked by the same slot rules,
 * outcomes, cancellations with a message, moderation, and the administrators' calendar setup.
 * The operator is whoever calls; a calendar they do not work is unknown to them. As on the
 * backoffice's pages, every member of staff reaches the calendars, only administrators create and
 * delete them, and only managers and administrators choose the calendars an operator works.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
public class Calendars {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CalendarSlots calendarSlots;

    @Inject
    Seats seats;

    @Inject
    Event<AppointmentEvent> events;

    @Inject
    PracticeAppointments practiceAppointments;

    /** An administrator creates a calendar. */
    @RolesAllowed(Roles.ADMIN)
    public Calendar create(Calendar calendar) {
        return create(calendar, null, List.of());
    }

    /** An administrator creates a calendar with its owner and the operators enabled to work it. */
    @RolesAllowed(Roles.ADMIN)
    public Calendar create(Calendar calendar, String owner, List<String> operators) {
        if (owner != null) {
            calendar.ownedBy(staff(owner));
        }
        operators.forEach(operator -> calendar.enable(staff(operator)));
        if (calendar.getOffice() != null) {
            calendar.belongTo(em.find(Office.class, calendar.getOffice().getId()));
        }
        em.persist(calendar);
        return calendar;
    }

    /** Whether any calendar exists (the demo data fills an empty desk). */
    @RolesAllowed(Roles.ADMIN)
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(c) FROM Calendar c", Long.class).getSingleResult() == 0;
    }

    /** The calendars the calling operator works, by title. */
    public List<Calendar> worked() {
        StaffAccount staff = me();
        return em.createNamedQuery(Calendar.ALL, Calendar.class)
                .getResultStream()
                .filter(c -> c.isWorkableBy(staff))
                .toList();
    }

    public Calendar calendar(String code) {
        StaffAccount staff = me();
        return em.createNamedQuery(Calendar.BY_CODE, Calendar.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(c -> c.isWorkableBy(staff))
                .findFirst()
                .orElseThrow(() -> new BookingRefusedException("booking.calendar.unknown"));
    }

    /** The appointments of a calendar between two days (both included), drafts left out. */
    public List<Appointment> appointments(String code, LocalDate from, LocalDate to) {
        return em.createNamedQuery(Appointment.OF_CALENDAR, Appointment.class)
                .setParameter("calendar", calendar(code))
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList();
    }

    public List<Slot> slots(String code, LocalDate from, LocalDate to) {
        return calendarSlots.slots(calendar(code), from, to, null);
    }

    /** Appointments of the calendars the operator works, by name or codice fiscale, from a day on. */
    public List<Appointment> search(String text, LocalDate from) {
        StaffAccount staff = me();
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return em.createNamedQuery(Appointment.SEARCH, Appointment.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("text", like)
                .getResultStream()
                .filter(a -> a.getCalendar().isWorkableBy(staff))
                .toList();
    }

    public Appointment appointment(String reference) {
        StaffAccount staff = me();
        return em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                .setParameter("reference", reference)
                .getResultStream()
                .filter(a -> a.getCalendar().isWorkableBy(staff))
                .findFirst()
                .orElseThrow(() -> new BookingRefusedException("booking.unknown"));
    }

    /** An appointment taken by the office (e.g. by phone) in a free slot: confirmed at once. */
    public Appointment enter(String code, LocalDateTime start, Person person, String reason) {
        return enter(code, start, person, reason, null);
    }

    /**
     * An appointment the office books for a practice's applicant, on the calendar the practice's
     * service names, by an operator enabled for that service who works that calendar; the
     * practice's iter records it and the applicant gets the booking's e-mail.
     */
    public Appointment enterForPractice(String practiceReference, LocalDateTime start, String reason) {
        Practice practice = practiceAppointments.practice(practiceReference);
        String code = practice.appointments().calendar(me());
        Citizen applicant = practice.getApplicant();
        Person person = new Person(
                applicant.getFiscalCode().value(),
                applicant.getGivenName(),
                applicant.getFamilyName(),
                applicant.getBirthDate(),
                practice.getApplication().getApplicantEmail(),
                practice.getApplication().getApplicantPhone());
        Appointment appointment = enter(code, start, person, reason, practice);
        practiceAppointments.fixed(appointment, Actor.OPERATOR, caller.staff(), clock.instant());
        return appointment;
    }

    /** The appointments booked for a practice, for an operator enabled for its service; unknown to others. */
    public List<Appointment> ofPractice(String practiceReference) {
        Practice practice = practiceAppointments.practice(practiceReference);
        if (!me().isEnabledFor(practice.getService())) {
            throw new BookingRefusedException("booking.unknown");
        }
        return practiceAppointments.of(practice);
    }

    private Appointment enter(String code, LocalDateTime start, Person person, String reason, Practice practice) {
        Calendar calendar = calendar(code);
        List<Slot> chosen = calendarSlots.choose(calendar, Set.of(start), null);
        Slot slot = chosen.get(0);
        Appointment appointment = Appointment.enteredByOperator(
                calendar, slot.hours(), slot.start(), slot.end(), 1, person, reason, caller.staff(), clock.instant());
        if (practice != null) {
            appointment.forPractice(practice);
        }
        em.persist(appointment);
        em.flush();
        calendarSlots.take(appointment, chosen);
        events.fire(new AppointmentEvent(appointment.getReference(), AppointmentEvent.Kind.BOOKED));
        return appointment;
    }

    /**
     * Moves an appointment to start at another slot (as many slots as it had), checked by the same
     * rules as a booking; the person is told, with the operator's message.
     */
    public Appointment move(String reference, LocalDateTime newStart, String message) {
        Appointment appointment = appointment(reference);
        List<Slot> daySlots = calendarSlots.slots(
                appointment.getCalendar(), newStart.toLocalDate(), newStart.toLocalDate(), appointment);
        List<Slot> chosen = calendarSlots
                .rules()
                .choose(
                        daySlots,
                        it.sportello.booking.control.SlotRules.consecutive(
                                daySlots, newStart, appointment.getSlotCount()));
        seats.free(appointment);
        appointment.moveTo(
                chosen.get(0).hours(),
                chosen.get(0).start(),
                chosen.get(chosen.size() - 1).end(),
                chosen.size(),
                message,
                clock.instant());
        calendarSlots.take(appointment, chosen);
        events.fire(new AppointmentEvent(reference, AppointmentEvent.Kind.MOVED));
        return appointment;
    }

    public void markDone(String reference) {
        appointment(reference).markDone(LocalDateTime.now(clock), clock.instant());
    }

    public void markNoShow(String reference) {
        appointment(reference).markNoShow(LocalDateTime.now(clock), clock.instant());
    }

    public void cancel(String reference, String message) {
        Appointment appointment = appointment(reference);
        appointment.cancelByOffice(message, clock.instant());
        seats.free(appointment);
        events.fire(new AppointmentEvent(reference, AppointmentEvent.Kind.CANCELLED_BY_OFFICE));
    }

    public void approve(String reference) {
        appointment(reference).approve(clock.instant());
        events.fire(new AppointmentEvent(reference, AppointmentEvent.Kind.APPROVED));
    }

    public void refuse(String reference, String message) {
        Appointment appointment = appointment(reference);
        appointment.refuse(message, clock.instant());
        seats.free(appointment);
        events.fire(new AppointmentEvent(reference, AppointmentEvent.Kind.REFUSED));
    }

    /** Sets the videoconference link and the language of the e-mails; the link is sent to the person. */
    public void videoLink(String reference, String link, String language) {
        Appointment appointment = appointment(reference);
        appointment.setLanguage(language);
        appointment.setVideoLink(link);
        if (appointment.getVideoLink() != null) {
            events.fire(new AppointmentEvent(reference, AppointmentEvent.Kind.VIDEO_LINK));
        }
    }

    /** The owner or an administrator turns the calendar's notifications or moderation on or off. */
    public void settings(String code, boolean notifications, boolean moderated) {
        Calendar calendar = calendar(code);
        calendar.setNotifications(notifications);
        calendar.setModerated(moderated);
    }

    /** An administrator creates a calendar from its settings, under a code no other calendar has. */
    @RolesAllowed(Roles.ADMIN)
    public Calendar create(CalendarSettings settings) {
        String code = settings.getCode() == null ? "" : settings.getCode().strip();
        if (code.length() > Calendar.CODE_LENGTH || !code.matches(Calendar.CODE_PATTERN)) {
            throw new BookingRefusedException("booking.calendar.code");
        }
        if (em.createNamedQuery(Calendar.BY_CODE, Calendar.class)
                .setParameter("code", code)
                .getResultStream()
                .findAny()
                .isPresent()) {
            throw new BookingRefusedException("booking.calendar.codeTaken");
        }
        Calendar calendar = new Calendar(code, title(settings), null);
        apply(calendar, settings);
        em.persist(calendar);
        return calendar;
    }

    /** Its owner, an enabled operator or an administrator changes a calendar's settings; its code never changes. */
    public Calendar update(CalendarSettings settings) {
        Calendar calendar = calendar(settings.getCode());
        calendar.retitle(title(settings));
        apply(calendar, settings);
        return calendar;
    }

    private void apply(Calendar calendar, CalendarSettings settings) {
        calendar.describe(
                calendar.getDescription(),
                blankToNull(settings.getPlace()),
                blankToNull(settings.getContactEmail()),
                blankToNull(settings.getDocumentsToBring()));
        calendar.bookingWindow(settings.getNoticeHours(), settings.getDaysAhead());
        calendar.policy(
                settings.getHoldMinutes(),
                settings.getCancelDaysBefore(),
                settings.isModerated(),
                settings.isAnonymousAllowed());
        calendar.setPaymentExtensionDays(settings.getPaymentExtensionDays());
        calendar.limits(
                settings.getMaxPerDay(), settings.getMaxPerWeek(), settings.getMaxPerMonth(), settings.getMaxPerYear());
        calendar.setNotifications(settings.isNotifications());
        calendar.setEnabled(settings.isEnabled());
        calendar.setPracticeOnly(settings.isPracticeOnly());
        calendar.belongTo(
                blankToNull(settings.getOffice()) == null
                        ? null
                        : em.createNamedQuery(Office.BY_CODE, Office.class)
                                .setParameter("code", settings.getOffice())
                                .getResultStream()
                                .findFirst()
                                .orElse(null));
        calendar.ownedBy(blankToNull(settings.getOwner()) == null ? null : staff(settings.getOwner()));
        calendar.enableOnly(settings.getOperators().stream().map(this::staff).toList());
    }

    /** An administrator deletes a calendar that has no appointments, with its opening hours and closures. */
    @RolesAllowed(Roles.ADMIN)
    public void delete(String code) {
        Calendar calendar = calendar(code);
        long appointments = em.createQuery(
                        "SELECT COUNT(a) FROM Appointment a WHERE a.calendar = :calendar", Long.class)
                .setParameter("calendar", calendar)
                .getSingleResult();
        if (appointments > 0) {
            throw new BookingRefusedException("booking.calendar.hasAppointments", appointments);
        }
        em.createQuery("DELETE FROM Closure c WHERE c.calendar = :calendar")
                .setParameter("calendar", calendar)
                .executeUpdate();
        em.createQuery("DELETE FROM HolidayOpening o WHERE o.calendar = :calendar")
                .setParameter("calendar", calendar)
                .executeUpdate();
        em.remove(calendar);
    }

    /** All the calendars by title, for a manager or administrator choosing those an operator works. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<Calendar> all() {
        return em.createNamedQuery(Calendar.ALL, Calendar.class).getResultList();
    }

    /** The codes of the calendars the operator of this account is enabled for, for a manager or administrator. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<String> enabledFor(String account) {
        StaffAccount enabled = staff(account);
        return all().stream()
                .filter(c -> c.isEnabledFor(enabled))
                .map(Calendar::getCode)
                .toList();
    }

    /**
     * A manager or administrator enables the operator of this account for exactly these calendars
     * (from the operators' screen); owners stay as they are. An unknown code is refused by name.
     */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public void enableFor(String account, Collection<String> codes) {
        StaffAccount enabled = staff(account);
        List<Calendar> calendars = all();
        Set<String> known = calendars.stream().map(Calendar::getCode).collect(Collectors.toSet());
        codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new BookingRefusedException("booking.calendar.unknownCode", code);
        });
        calendars.forEach(calendar -> {
            if (codes.contains(calendar.getCode())) {
                calendar.enable(enabled);
            } else {
                calendar.disable(enabled);
            }
        });
    }

    /** The staff accounts that may own or work calendars, by name. */
    public List<StaffAccount> staffAccounts() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.displayName", StaffAccount.class)
                .getResultList();
    }

    /**
     * Adds opening hours to a calendar or, with the id of existing ones, changes them to these
     * (already checked by {@link OpeningHours} when they were made).
     */
    public OpeningHours saveOpeningHours(String code, Long hoursId, OpeningHours hours) {
        Calendar calendar = calendar(code);
        if (hoursId == null) {
            OpeningHours added = calendar.open(hours);
            em.flush();
            return added;
        }
        OpeningHours existing = openingHours(calendar, hoursId);
        existing.changeTo(hours);
        return existing;
    }

    /** A closure of one calendar, or of the whole municipality when the code is null (administrators only). */
    public Closure close(String code, LocalDate from, LocalDate to, String reason) {
        if (code == null) {
            requireAdmin();
        }
        Closure closure = new Closure(code == null ? null : calendar(code), from, to, blankToNull(reason));
        em.persist(closure);
        return closure;
    }

    /** The closures of one calendar, or of the whole municipality when the code is null, latest first. */
    public List<Closure> closures(String code) {
        if (code == null) {
            return em.createQuery(
                            "SELECT c FROM Closure c WHERE c.calendar IS NULL ORDER BY c.startDate DESC", Closure.class)
                    .getResultList();
        }
        return em.createQuery(
                        "SELECT c FROM Closure c WHERE c.calendar = :calendar ORDER BY c.startDate DESC", Closure.class)
                .setParameter("calendar", calendar(code))
                .getResultList();
    }

    /**
     * The holidays of a calendar's coming year, from today: closed, as every calendar is on them,
     * or opened exceptionally by an administrator.
     */
    public List<CalendarHoliday> holidays(String code) {
        Calendar calendar = calendar(code);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusYears(1);
        Set<LocalDate> open = Set.copyOf(calendarSlots.openings(calendar, today, until));
        return calendarSlots.holidays().between(today, until).entrySet().stream()
                .map(h -> new CalendarHoliday(h.getKey(), h.getValue(), open.contains(h.getKey())))
                .toList();
    }

    /** An administrator opens a calendar on a holiday exceptionally: its slots are offered that day. */
    @RolesAllowed(Roles.ADMIN)
    public void openOnHoliday(String code, LocalDate day) {
        Calendar calendar = calendar(code);
        if (day == null || calendarSlots.holidays().on(day).isEmpty()) {
            throw new BookingRefusedException("booking.holiday.unknown");
        }
        if (calendarSlots.openings(calendar, day, day).isEmpty()) {
            em.persist(new HolidayOpening(calendar, day));
        }
    }

    /** An administrator closes a calendar again on a holiday it was opened on; appointments already taken stay. */
    @RolesAllowed(Roles.ADMIN)
    public void closeOnHoliday(String code, LocalDate day) {
        em.createQuery("DELETE FROM HolidayOpening o WHERE o.calendar = :calendar AND o.day = :day")
                .setParameter("calendar", calendar(code))
                .setParameter("day", day)
                .executeUpdate();
    }

    /** Removes a closure: of a calendar by whoever works it, of the whole municipality by an administrator. */
    public void removeClosure(Long closureId) {
        Closure closure = em.find(Closure.class, closureId);
        if (closure == null) {
            throw new BookingRefusedException("booking.unknown");
        }
        if (closure.getCalendar() == null) {
            requireAdmin();
        } else {
            calendar(closure.getCalendar().getCode());
        }
        em.remove(closure);
    }

    /** Removes opening hours that no appointment uses; refused otherwise. */
    public void removeOpeningHours(String code, Long hoursId) {
        Calendar calendar = calendar(code);
        OpeningHours hours = openingHours(calendar, hoursId);
        long used = em.createQuery("SELECT COUNT(a) FROM Appointment a WHERE a.openingHours = :hours", Long.class)
                .setParameter("hours", hours)
                .getSingleResult();
        if (used > 0) {
            throw new BookingRefusedException("booking.openingHours.inUse", used);
        }
        calendar.getOpeningHours().remove(hours);
    }

    private static OpeningHours openingHours(Calendar calendar, Long hoursId) {
        return calendar.getOpeningHours().stream()
                .filter(h -> h.getId().equals(hoursId))
                .findFirst()
                .orElseThrow(() -> new BookingRefusedException("booking.unknown"));
    }

    private static LocalizedText title(CalendarSettings settings) {
        if (blankToNull(settings.getTitleIt()) == null) {
            throw new BookingRefusedException("booking.calendar.titleRequired");
        }
        return new LocalizedText(
                settings.getTitleIt().strip(), blankToNull(settings.getTitleEn()), blankToNull(settings.getTitleDe()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The closures of the whole municipality are the administrators': refused by name to the
     * other members of staff, who reach the same methods for their calendars' closures.
     */
    private void requireAdmin() {
        if (!caller.is(Roles.ADMIN)) {
            throw new BookingRefusedException("booking.calendar.adminOnly");
        }
    }

    /** The appointments of a calendar between two days as CSV for Italian spreadsheets. */
    public byte[] csv(String code, LocalDate from, LocalDate to, Locale locale) {
        return AppointmentsCsv.of(appointments(code, from, to), new AppointmentTexts(locale));
    }

    /** The account of the member of staff calling. */
    private StaffAccount me() {
        return staff(caller.staff());
    }

    private StaffAccount staff(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BookingRefusedException("booking.calendar.unknown"));
    }
}
