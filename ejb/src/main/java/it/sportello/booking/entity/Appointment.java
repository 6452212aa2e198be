package it.sportello.booking.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.sportello.identity.entity.EmailAddress;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.platform.text.HttpUrlValidator;
import it.sportello.practice.entity.Practice;

/**
 * A booked or held time in a calendar ("appuntamento"). It starts as a draft that holds its slots
 * for the calendar's hold time; completed with the person's data it becomes confirmed, or pending
 * when the calendar is moderated; then the office marks it done or no-show. Every change is a
 * method here that checks its rule and throws {@link BookingRefusedException} when refused.
 * Whether its slots have room is checked by the seats in the database, not here.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.BY_REFERENCE, query = "SELECT a FROM Appointment a WHERE a.reference = :reference")
@NamedQuery(
        name = Appointment.OCCUPYING,
        query =
                "SELECT a FROM Appointment a WHERE a.calendar = :calendar AND a.startsAt < :to AND a.endsAt > :from AND a.status NOT IN (it.sportello.booking.entity.AppointmentStatus.CANCELLED, it.sportello.booking.entity.AppointmentStatus.REFUSED) AND (a.status <> it.sportello.booking.entity.AppointmentStatus.DRAFT OR a.holdUntil > :now)")
@NamedQuery(
        name = Appointment.OF_CALENDAR,
        query =
                "SELECT a FROM Appointment a WHERE a.calendar = :calendar AND a.startsAt < :to AND a.endsAt > :from AND a.status <> it.sportello.booking.entity.AppointmentStatus.DRAFT ORDER BY a.startsAt, a.id")
@NamedQuery(
        name = Appointment.OF_CITIZEN,
        query =
                "SELECT a FROM Appointment a WHERE (a.bookedBy = :fiscalCode OR a.fiscalCode = :fiscalCode) AND a.status <> it.sportello.booking.entity.AppointmentStatus.DRAFT ORDER BY a.startsAt DESC, a.id DESC")
@NamedQuery(
        name = Appointment.COUNT_OF_PERSON,
        query =
                "SELECT COUNT(a) FROM Appointment a WHERE a.calendar = :calendar AND a.fiscalCode = :fiscalCode AND a.startsAt >= :from AND a.startsAt < :to AND a.id <> :except AND a.status IN (it.sportello.booking.entity.AppointmentStatus.PENDING, it.sportello.booking.entity.AppointmentStatus.CONFIRMED, it.sportello.booking.entity.AppointmentStatus.DONE, it.sportello.booking.entity.AppointmentStatus.NO_SHOW)")
@NamedQuery(
        name = Appointment.OF_PRACTICE,
        query =
                "SELECT a FROM Appointment a WHERE a.practice = :practice AND a.status <> it.sportello.booking.entity.AppointmentStatus.DRAFT ORDER BY a.startsAt, a.id")
@NamedQuery(
        name = Appointment.ALL_OF_PRACTICE,
        query = "SELECT a FROM Appointment a WHERE a.practice = :practice ORDER BY a.startsAt, a.id")
@NamedQuery(
        name = Appointment.SEARCH,
        query =
                "SELECT a FROM Appointment a WHERE a.startsAt >= :from AND a.status <> it.sportello.booking.entity.AppointmentStatus.DRAFT AND (LOWER(a.familyName) LIKE :text OR LOWER(a.givenName) LIKE :text OR LOWER(a.fiscalCode) LIKE :text) ORDER BY a.startsAt, a.id")
public class Appointment {

    public static final String BY_REFERENCE = "Appointment.byReference";
    public static final String OCCUPYING = "Appointment.occupying";
    public static final String OF_CALENDAR = "Appointment.ofCalendar";
    public static final String OF_CITIZEN = "Appointment.ofCitizen";
    public static final String COUNT_OF_PERSON = "Appointment.countOfPerson";
    public static final String SEARCH = "Appointment.search";
    public static final String OF_PRACTICE = "Appointment.ofPractice";
    public static final String ALL_OF_PRACTICE = "Appointment.allOfPractice";

    public static final int REASON_LENGTH = 500;
    public static final int NOTE_LENGTH = 2000;
    public static final int VIDEO_LINK_LENGTH = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    /** The booking code the citizen reads and addresses use: a UUID. */
    @Column(nullable = false, unique = true, updatable = false, length = 36)
    private String reference;

    /** The secret of the cancel link mailed to whoever booked without logging in. */
    @Column(name = "cancel_token", nullable = false, updatable = false, length = 64)
    private String cancelToken;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false, updatable = false)
    private Calendar calendar;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opening_hours_id", nullable = false)
    private OpeningHours openingHours;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "slot_count")
    private int slotCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    @Column(name = "hold_until")
    private Instant holdUntil;

    /** The codice fiscale of the logged-in citizen who booked, also when booking for another person. */
    @Column(name = "booked_by", length = 16)
    private String bookedBy;

    @Column(name = "fiscal_code", length = 16)
    private String fiscalCode;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName = "";

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName = "";

    @Column(name = "birth_date")
    private java.time.LocalDate birthDate;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(length = REASON_LENGTH)
    private String reason;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(nullable = false, length = 2)
    private String language = "it";

    @Column(name = "video_link", length = VIDEO_LINK_LENGTH)
    private String videoLink;

    @Column(name = "operator_message", length = 2000)
    private String operatorMessage;

    @Column(name = "created_by_operator", length = 60)
    private String createdByOperator;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The practice the appointment was booked for, from its Appuntamenti tab; none for a plain booking. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id", updatable = false)
    private Practice practice;

    /** When the reminder of the day before was sent; never twice. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected Appointment() {
        // for JPA
    }

    private Appointment(
            Calendar calendar,
            OpeningHours hours,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            int slotCount,
            Instant now) {
        this.reference = UUID.randomUUID().toString();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        this.cancelToken = HexFormat.of().formatHex(secret);
        this.calendar = calendar;
        this.openingHours = hours;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.slotCount = slotCount;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A draft that holds its slots for the calendar's hold time while the person completes it. */
    public static Appointment hold(
            Calendar calendar,
            OpeningHours hours,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            int slotCount,
            String bookedBy,
            Instant now) {
        Appointment draft = new Appointment(calendar, hours, startsAt, endsAt, slotCount, now);
        draft.status = AppointmentStatus.DRAFT;
        draft.holdUntil = now.plus(calendar.hold());
        draft.bookedBy = bookedBy;
        return draft;
    }

    /** An appointment an operator enters directly, e.g. taken by phone: confirmed at once. */
    public static Appointment enteredByOperator(
            Calendar calendar,
            OpeningHours hours,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            int slotCount,
            Person person,
            String reason,
            String operator,
            Instant now) {
        if (person.email() == null || reason == null || reason.isBlank()) {
            throw new BookingRefusedException("booking.operator.required");
        }
        Appointment appointment = new Appointment(calendar, hours, startsAt, endsAt, slotCount, now);
        appointment.status = AppointmentStatus.CONFIRMED;
        appointment.person(person);
        appointment.reason = reason.trim();
        appointment.createdByOperator = operator;
        return appointment;
    }

    /**
     * Books this new appointment for a practice whose rules allowed it (its applicant, or an
     * operator enabled for its service, on the calendar its service names).
     */
    public void forPractice(Practice practice) {
        if (this.practice != null) {
            throw new BookingRefusedException("booking.practice.late");
        }
        this.practice = practice;
    }

    public Practice getPractice() {
        return practice;
    }

    /**
     * A draft held for a practice that is being sent holds its slots longer: for the calendar's
     * hold time again, or while the practice waits for its payment.
     */
    public void holdUntil(Instant until, Instant now) {
        if (status != AppointmentStatus.DRAFT) {
            throw new BookingRefusedException("booking.complete.notDraft");
        }
        this.holdUntil = until;
        this.updatedAt = now;
    }

    public boolean isHeldAt(Instant now) {
        return status == AppointmentStatus.DRAFT && holdUntil != null && holdUntil.isAfter(now);
    }

    /** Whether the appointment takes room in its slots at this moment. */
    public boolean occupiesAt(Instant now) {
        return status == AppointmentStatus.DRAFT ? isHeldAt(now) : status.occupies();
    }

    /**
     * Completes a held draft with the person and the reason: confirmed, or pending when the
     * calendar or the opening hours are moderated.
     */
    public void complete(Person person, String reason, String note, String language, Instant now) {
        if (status != AppointmentStatus.DRAFT) {
            throw new BookingRefusedException("booking.complete.notDraft");
        }
        if (!isHeldAt(now)) {
            throw new BookingRefusedException(BookingRefusedException.HOLD_EXPIRED);
        }
        if (reason == null || reason.isBlank()) {
            throw new BookingRefusedException("booking.reason.required");
        }
        if (person.email() == null && bookedBy == null) {
            throw new BookingRefusedException("booking.email.required");
        }
        person(person);
        this.reason = reason.trim();
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.language = language == null ? "it" : language;
        this.status = calendar.isModerated() || openingHours.isModerated()
                ? AppointmentStatus.PENDING
                : AppointmentStatus.CONFIRMED;
        this.holdUntil = null;
        this.updatedAt = now;
    }

    /**
     * Whom the appointment is for, refused when their codice fiscale or e-mail address is given but
     * is not one: the confirmation would go nowhere, the limits per person would count nobody.
     */
    private void person(Person person) {
        if (person.fiscalCode() != null && !FiscalCode.isValid(person.fiscalCode())) {
            throw new BookingRefusedException("booking.person.fiscalCodeInvalid");
        }
        if (person.email() != null && !EmailAddress.isValid(person.email())) {
            throw new BookingRefusedException("booking.person.emailInvalid");
        }
        this.fiscalCode = person.fiscalCode() == null
                ? null
                : FiscalCode.of(person.fiscalCode()).value();
        this.givenName = person.givenName();
        this.familyName = person.familyName();
        this.birthDate = person.birthDate();
        this.email = person.email();
        this.phone = person.phone();
    }

    /** Whether the citizen may still cancel: open, and no later than the calendar's days before it starts. */
    public boolean isCancellableByCitizenAt(LocalDateTime now) {
        return (status == AppointmentStatus.PENDING || status == AppointmentStatus.CONFIRMED)
                && now.isBefore(startsAt.minusDays(calendar.getCancelDaysBefore()));
    }

    public void cancelByCitizen(LocalDateTime now, Instant at) {
        if (!isCancellableByCitizenAt(now)) {
            throw new BookingRefusedException("booking.cancel.tooLate", calendar.getCancelDaysBefore());
        }
        this.status = AppointmentStatus.CANCELLED;
        this.updatedAt = at;
    }

    /** The office cancels an appointment still to come, with a message for the person. */
    public void cancelByOffice(String message, Instant at) {
        requireOpen();
        this.status = AppointmentStatus.CANCELLED;
        this.operatorMessage = blankToNull(message);
        this.updatedAt = at;
    }

    /** A draft given up by the citizen, or whose hold expired, frees its slots. */
    public void abandon(Instant at) {
        if (status == AppointmentStatus.DRAFT) {
            this.status = AppointmentStatus.CANCELLED;
            this.holdUntil = null;
            this.updatedAt = at;
        }
    }

    public void approve(Instant at) {
        if (status != AppointmentStatus.PENDING) {
            throw new BookingRefusedException("booking.approve.notPending");
        }
        this.status = AppointmentStatus.CONFIRMED;
        this.updatedAt = at;
    }

    public void refuse(String message, Instant at) {
        if (status != AppointmentStatus.PENDING) {
            throw new BookingRefusedException("booking.approve.notPending");
        }
        this.status = AppointmentStatus.REFUSED;
        this.operatorMessage = blankToNull(message);
        this.updatedAt = at;
    }

    /** The person came; from the day of the appointment on. */
    public void markDone(LocalDateTime now, Instant at) {
        requireBegun(now);
        this.status = AppointmentStatus.DONE;
        this.updatedAt = at;
    }

    /** The person did not come ("non avvenuto"); from the day of the appointment on, as offices close their day. */
    public void markNoShow(LocalDateTime now, Instant at) {
        requireBegun(now);
        this.status = AppointmentStatus.NO_SHOW;
        this.updatedAt = at;
    }

    /** Moves the appointment to other slots; their room is checked by the seats. */
    public void moveTo(
            OpeningHours hours, LocalDateTime newStart, LocalDateTime newEnd, int slots, String message, Instant at) {
        requireOpen();
        if (status == AppointmentStatus.DRAFT) {
            throw new BookingRefusedException("booking.complete.notDraft");
        }
        this.openingHours = hours;
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.slotCount = slots;
        this.operatorMessage = blankToNull(message);
        this.remindedAt = null;
        this.updatedAt = at;
    }

    /**
     * Whether a reminder is due: confirmed, not reminded yet, and on one of the {@code daysBefore}
     * days after {@code today} (an appointment of today is not reminded: it was booked too late or
     * its reminder has gone).
     */
    public boolean wantsReminder(LocalDate today, int daysBefore) {
        LocalDate day = startsAt.toLocalDate();
        return status == AppointmentStatus.CONFIRMED
                && remindedAt == null
                && day.isAfter(today)
                && !day.isAfter(today.plusDays(daysBefore));
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    /**
     * The videoconference link the person gets by e-mail: an absolute {@code http(s)} address, or
     * none.
     */
    public void setVideoLink(String videoLink) {
        String link = blankToNull(videoLink);
        if (link != null && (link.length() > VIDEO_LINK_LENGTH || !HttpUrlValidator.isHttpUrl(link))) {
            throw new BookingRefusedException("booking.videoLink.invalid");
        }
        this.videoLink = link;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new BookingRefusedException("booking.closed");
        }
    }

    private void requireBegun(LocalDateTime now) {
        if (status != AppointmentStatus.CONFIRMED
                && status != AppointmentStatus.DONE
                && status != AppointmentStatus.NO_SHOW) {
            throw new BookingRefusedException("booking.outcome.notConfirmed");
        }
        if (now.toLocalDate().isBefore(startsAt.toLocalDate())) {
            throw new BookingRefusedException("booking.outcome.notYet");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Person getPerson() {
        return new Person(fiscalCode, givenName, familyName, birthDate, email, phone);
    }

    public boolean isForAnotherPerson() {
        return bookedBy != null && fiscalCode != null && !bookedBy.equals(fiscalCode);
    }

    /**
     * Where the e-mails of this appointment go (receipt, cancellation, approval ...): the address
     * given for the person, and the citizen who booked it, at the address of their profile, when
     * they booked for somebody else (conto terzi) or gave no address, so that whoever booked
     * always hears of it. Each address once, the person's first.
     *
     * @param bookerAddress the e-mail address of the citizen who booked; null when unknown or when
     *                      nobody logged in booked
     */
    public List<String> mailAddresses(String bookerAddress) {
        Set<String> addresses = new LinkedHashSet<>();
        if (email != null) {
            addresses.add(email);
        }
        boolean bookerToldApart = isForAnotherPerson() || email == null;
        if (bookedBy != null
                && bookerToldApart
                && bookerAddress != null
                && !bookerAddress.isBlank()
                && addresses.stream().noneMatch(address -> address.equalsIgnoreCase(bookerAddress.trim()))) {
            addresses.add(bookerAddress.trim());
        }
        return List.copyOf(addresses);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getCancelToken() {
        return cancelToken;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public OpeningHours getOpeningHours() {
        return openingHours;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public int getSlotCount() {
        return slotCount;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public String getFiscalCode() {
        return fiscalCode;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getLanguage() {
        return language;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public String getOperatorMessage() {
        return operatorMessage;
    }

    public String getCreatedByOperator() {
        return createdByOperator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
