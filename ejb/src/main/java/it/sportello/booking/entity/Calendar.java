package it.sportello.booking.entity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.sportello.catalog.entity.Office;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.i18n.LocalizedText;

/**
 * A bookable calendar ("calendario"): an office desk or a room whose time citizens book. It holds
 * the booking policy (window, hold, cancellation notice, per-person limits, moderation) and its
 * opening hours; the slots themselves are computed by {@code booking.control.SlotRules}.
 */
@Entity
@Table(name = "booking_calendar")
@NamedQuery(name = Calendar.BY_CODE, query = "SELECT c FROM Calendar c WHERE c.code = :code")
@NamedQuery(name = Calendar.ALL, query = "SELECT c FROM Calendar c ORDER BY c.title.it")
@NamedQuery(
        name = Calendar.BOOKABLE,
        query = "SELECT c FROM Calendar c WHERE c.enabled = TRUE AND c.practiceOnly = FALSE ORDER BY c.title.it")
public class Calendar {

    public static final String BY_CODE = "Calendar.byCode";
    public static final String ALL = "Calendar.all";
    public static final String BOOKABLE = "Calendar.bookable";

    public static final int CODE_LENGTH = 60;
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @SequenceGenerator(name = "booking_calendar_seq", sequenceName = "booking_calendar_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_calendar_seq")
    private Long id;

    /** The stable calendar id, what service cards and addresses name it by. */
    @NotNull
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "title_it", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "it", column = @Column(name = "description_it"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "de", column = @Column(name = "description_de"))
    private LocalizedText description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private StaffAccount owner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "booking_calendar_operator",
            joinColumns = @JoinColumn(name = "calendar_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    private Set<StaffAccount> operators = new HashSet<>();

    @Email(message = "{contacts.email.invalid}")
    @Size(max = 254)
    @Column(name = "contact_email")
    private String contactEmail;

    /** Where the appointment takes place, as the citizen reads it. */
    @Size(max = 255)
    private String place;

    @Size(max = 2000)
    @Column(name = "documents_to_bring")
    private String documentsToBring;

    private boolean moderated;
    private boolean notifications = true;

    @Column(name = "anonymous_allowed")
    private boolean anonymousAllowed;

    private boolean enabled = true;

    /**
     * Booked only through a request whose form has a calendar slot field on it (a hall paid for
     * with the request): not listed among the bookable calendars, no appointment taken directly.
     */
    @Column(name = "practice_only")
    private boolean practiceOnly;

    @Min(0)
    @Column(name = "notice_hours")
    private int noticeHours;

    @Min(1)
    @Column(name = "days_ahead")
    private int daysAhead = 60;

    @Min(0)
    @Column(name = "cancel_days_before")
    private int cancelDaysBefore;

    @Min(1)
    @Column(name = "hold_minutes")
    private int holdMinutes = 10;

    @Min(0)
    @Column(name = "payment_extension_days")
    private int paymentExtensionDays;

    @Column(name = "max_per_day")
    private Integer maxPerDay;

    @Column(name = "max_per_week")
    private Integer maxPerWeek;

    @Column(name = "max_per_month")
    private Integer maxPerMonth;

    @Column(name = "max_per_year")
    private Integer maxPerYear;

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate, openTime")
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Version
    private long version;

    protected Calendar() {
        // for JPA
    }

    public Calendar(String code, LocalizedText title, Office office) {
        this.code = code;
        this.title = title;
        this.office = office;
    }

    /** Adds opening hours to this calendar and returns them. */
    public OpeningHours open(OpeningHours hours) {
        hours.belongTo(this);
        openingHours.add(hours);
        return hours;
    }

    public void describe(LocalizedText description, String place, String contactEmail, String documentsToBring) {
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BookingRefusedException("booking.calendar.email");
        }
        this.description = description;
        this.place = place;
        this.contactEmail = contactEmail;
        this.documentsToBring = documentsToBring;
    }

    /** The title in Italian (required), English and German. */
    public void retitle(LocalizedText title) {
        if (title == null) {
            throw new BookingRefusedException("booking.calendar.titleRequired");
        }
        this.title = title;
    }

    /** From how many hours from now and up to how many days ahead citizens may book. */
    public void bookingWindow(int noticeHours, int daysAhead) {
        if (noticeHours < 0) {
            throw new BookingRefusedException("booking.calendar.notice");
        }
        if (daysAhead < 1) {
            throw new BookingRefusedException("booking.calendar.daysAhead");
        }
        this.noticeHours = noticeHours;
        this.daysAhead = daysAhead;
    }

    public void policy(int holdMinutes, int cancelDaysBefore, boolean moderated, boolean anonymousAllowed) {
        if (holdMinutes < 1) {
            throw new BookingRefusedException("booking.calendar.hold");
        }
        if (cancelDaysBefore < 0) {
            throw new BookingRefusedException("booking.calendar.cancelDays");
        }
        this.holdMinutes = holdMinutes;
        this.cancelDaysBefore = cancelDaysBefore;
        this.moderated = moderated;
        this.anonymousAllowed = anonymousAllowed;
    }

    /** The most appointments one person may have per day, week, month and year; null for no limit. */
    public void limits(Integer perDay, Integer perWeek, Integer perMonth, Integer perYear) {
        for (Integer limit : new Integer[] {perDay, perWeek, perMonth, perYear}) {
            if (limit != null && limit < 1) {
                throw new BookingRefusedException("booking.calendar.limit");
            }
        }
        this.maxPerDay = perDay;
        this.maxPerWeek = perWeek;
        this.maxPerMonth = perMonth;
        this.maxPerYear = perYear;
    }

    /** The office the calendar belongs to (in the tree of bookable resources). */
    public void belongTo(Office office) {
        this.office = office;
    }

    public void ownedBy(StaffAccount owner) {
        this.owner = owner;
    }

    public void enable(StaffAccount operator) {
        operators.add(operator);
    }

    public void disable(StaffAccount operator) {
        operators.removeIf(o -> o.getId().equals(operator.getId()));
    }

    /** Whether the operator is one of those enabled to work the calendar (owners and administrators aside). */
    public boolean isEnabledFor(StaffAccount operator) {
        return operators.stream().anyMatch(o -> o.getId().equals(operator.getId()));
    }

    /** The operators enabled to work the calendar, instead of those enabled so far. */
    public void enableOnly(Collection<StaffAccount> enabled) {
        operators.clear();
        operators.addAll(enabled);
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }

    public void setNotifications(boolean notifications) {
        this.notifications = notifications;
    }

    public void setModerated(boolean moderated) {
        this.moderated = moderated;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setPaymentExtensionDays(int paymentExtensionDays) {
        if (paymentExtensionDays < 0) {
            throw new BookingRefusedException("booking.calendar.paymentExtension");
        }
        this.paymentExtensionDays = paymentExtensionDays;
    }

    /** Whether this operator may work the calendar: its owner, an enabled operator or an administrator. */
    public boolean isWorkableBy(StaffAccount staff) {
        return staff.getRoles().contains(StaffRole.ADMIN)
                || (owner != null && owner.getId().equals(staff.getId()))
                || operators.stream().anyMatch(o -> o.getId().equals(staff.getId()));
    }

    public Duration hold() {
        return Duration.ofMinutes(holdMinutes);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public Office getOffice() {
        return office;
    }

    public StaffAccount getOwner() {
        return owner;
    }

    public Set<StaffAccount> getOperators() {
        return operators;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getPlace() {
        return place;
    }

    public String getDocumentsToBring() {
        return documentsToBring;
    }

    public boolean isModerated() {
        return moderated;
    }

    public boolean isNotifications() {
        return notifications;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public boolean isPracticeOnly() {
        return practiceOnly;
    }

    public void setPracticeOnly(boolean practiceOnly) {
        this.practiceOnly = practiceOnly;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getNoticeHours() {
        return noticeHours;
    }

    public int getDaysAhead() {
        return daysAhead;
    }

    public int getCancelDaysBefore() {
        return cancelDaysBefore;
    }

    public int getHoldMinutes() {
        return holdMinutes;
    }

    public int getPaymentExtensionDays() {
        return paymentExtensionDays;
    }

    public Integer getMaxPerDay() {
        return maxPerDay;
    }

    public Integer getMaxPerWeek() {
        return maxPerWeek;
    }

    public Integer getMaxPerMonth() {
        return maxPerMonth;
    }

    public Integer getMaxPerYear() {
        return maxPerYear;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }
}
