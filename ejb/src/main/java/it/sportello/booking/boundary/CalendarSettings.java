package it.sportello.booking.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import it.sportello.booking.entity.Calendar;
import it.sportello.identity.entity.EmailAddress;
import it.sportello.identity.entity.StaffAccount;

/**
 * What the calendar administration edits, as the form holds it: the stable code (set once, when
 * the calendar is created), the title in three languages, the office by code, owner and
 * enabled operators by username, contacts and place, and the booking policy. The numbers carry their
 * lower bounds, so that the form says a wrong one next to its field; the calendar itself still
 * refuses what makes no sense, and the form keeps what was typed.
 */
public class CalendarSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String titleIt;
    private String titleEn;
    private String titleDe;
    private String office;
    private String owner;
    private List<String> operators = new ArrayList<>();

    @Email(message = "{contacts.email.invalid}")
    @Size(max = EmailAddress.LENGTH, message = "{text.too_long}")
    private String contactEmail;

    private String place;
    private String documentsToBring;
    private boolean moderated;
    private boolean notifications = true;
    private boolean anonymousAllowed;
    private boolean practiceOnly;
    private boolean enabled = true;

    @Min(value = 0, message = "{calendar.notice_hours.min}")
    private int noticeHours;

    @Min(value = 1, message = "{calendar.days_ahead.min}")
    private int daysAhead = 60;

    @Min(value = 0, message = "{calendar.cancel_days.min}")
    private int cancelDaysBefore;

    @Min(value = 1, message = "{calendar.hold_minutes.min}")
    private int holdMinutes = 10;

    @Min(value = 0, message = "{calendar.payment_extension.min}")
    private int paymentExtensionDays;

    @Min(value = 1, message = "{calendar.limit.min}")
    private Integer maxPerDay;

    @Min(value = 1, message = "{calendar.limit.min}")
    private Integer maxPerWeek;

    @Min(value = 1, message = "{calendar.limit.min}")
    private Integer maxPerMonth;

    @Min(value = 1, message = "{calendar.limit.min}")
    private Integer maxPerYear;

    /** The settings of an existing calendar, to be edited. */
    public static CalendarSettings of(Calendar calendar) {
        CalendarSettings settings = new CalendarSettings();
        settings.code = calendar.getCode();
        settings.titleIt = calendar.getTitle().translation("it");
        settings.titleEn = calendar.getTitle().translation("en");
        settings.titleDe = calendar.getTitle().translation("de");
        settings.office =
                calendar.getOffice() == null ? null : calendar.getOffice().getCode();
        settings.owner =
                calendar.getOwner() == null ? null : calendar.getOwner().getUsername();
        settings.operators = new ArrayList<>(calendar.getOperators().stream()
                .map(StaffAccount::getUsername)
                .sorted()
                .toList());
        settings.contactEmail = calendar.getContactEmail();
        settings.place = calendar.getPlace();
        settings.documentsToBring = calendar.getDocumentsToBring();
        settings.moderated = calendar.isModerated();
        settings.notifications = calendar.isNotifications();
        settings.anonymousAllowed = calendar.isAnonymousAllowed();
        settings.practiceOnly = calendar.isPracticeOnly();
        settings.enabled = calendar.isEnabled();
        settings.noticeHours = calendar.getNoticeHours();
        settings.daysAhead = calendar.getDaysAhead();
        settings.cancelDaysBefore = calendar.getCancelDaysBefore();
        settings.holdMinutes = calendar.getHoldMinutes();
        settings.paymentExtensionDays = calendar.getPaymentExtensionDays();
        settings.maxPerDay = calendar.getMaxPerDay();
        settings.maxPerWeek = calendar.getMaxPerWeek();
        settings.maxPerMonth = calendar.getMaxPerMonth();
        settings.maxPerYear = calendar.getMaxPerYear();
        return settings;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleIt() {
        return titleIt;
    }

    public void setTitleIt(String titleIt) {
        this.titleIt = titleIt;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    /** The code of the office the calendar belongs to in the tree of bookable resources, or null. */
    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<String> getOperators() {
        return operators;
    }

    public void setOperators(List<String> operators) {
        this.operators = operators == null ? new ArrayList<>() : operators;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDocumentsToBring() {
        return documentsToBring;
    }

    public void setDocumentsToBring(String documentsToBring) {
        this.documentsToBring = documentsToBring;
    }

    public boolean isModerated() {
        return moderated;
    }

    public void setModerated(boolean moderated) {
        this.moderated = moderated;
    }

    public boolean isNotifications() {
        return notifications;
    }

    public void setNotifications(boolean notifications) {
        this.notifications = notifications;
    }

    public boolean isPracticeOnly() {
        return practiceOnly;
    }

    public void setPracticeOnly(boolean practiceOnly) {
        this.practiceOnly = practiceOnly;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getNoticeHours() {
        return noticeHours;
    }

    public void setNoticeHours(int noticeHours) {
        this.noticeHours = noticeHours;
    }

    public int getDaysAhead() {
        return daysAhead;
    }

    public void setDaysAhead(int daysAhead) {
        this.daysAhead = daysAhead;
    }

    public int getCancelDaysBefore() {
        return cancelDaysBefore;
    }

    public void setCancelDaysBefore(int cancelDaysBefore) {
        this.cancelDaysBefore = cancelDaysBefore;
    }

    public int getHoldMinutes() {
        return holdMinutes;
    }

    public void setHoldMinutes(int holdMinutes) {
        this.holdMinutes = holdMinutes;
    }

    public int getPaymentExtensionDays() {
        return paymentExtensionDays;
    }

    public void setPaymentExtensionDays(int paymentExtensionDays) {
        this.paymentExtensionDays = paymentExtensionDays;
    }

    public Integer getMaxPerDay() {
        return maxPerDay;
    }

    public void setMaxPerDay(Integer maxPerDay) {
        this.maxPerDay = maxPerDay;
    }

    public Integer getMaxPerWeek() {
        return maxPerWeek;
    }

    public void setMaxPerWeek(Integer maxPerWeek) {
        this.maxPerWeek = maxPerWeek;
    }

    public Integer getMaxPerMonth() {
        return maxPerMonth;
    }

    public void setMaxPerMonth(Integer maxPerMonth) {
        this.maxPerMonth = maxPerMonth;
    }

    public Integer getMaxPerYear() {
        return maxPerYear;
    }

    public void setMaxPerYear(Integer maxPerYear) {
        this.maxPerYear = maxPerYear;
    }
}
