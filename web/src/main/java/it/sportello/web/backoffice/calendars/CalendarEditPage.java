package it.sportello.web.backoffice.calendars;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.CalendarSettings;
import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.control.CalendarHoliday;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Closure;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Office;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /backoffice/calendari/modifica.xhtml?calendario=<code>}: the settings of
 * a calendar, its opening hours ("In corso" and "Scaduti", by end date) with their form, and its
 * closures. Without a code an administrator creates a new calendar; only administrators delete
 * one. Whatever the rules refuse is said on the page and the forms keep what was typed.
 */
@Named
@ViewScoped
public class CalendarEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    Calendars calendars;

    @EJB
    Catalog catalog;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private String code;
    private boolean creating;
    private CalendarSettings settings;
    private transient List<OpeningHours> hours;
    private transient List<StaffAccount> staff;
    private transient List<CalendarHoliday> holidays;

    private Long hoursId;
    private String hoursName;
    private LocalDate hoursFrom;
    private LocalDate hoursTo;
    private List<String> hoursDays = new ArrayList<>();
    private LocalTime openTime;
    private LocalTime closeTime;

    @Min(value = 1, message = "{opening_hours.parallel.min}")
    private Integer parallel = 1;

    @Min(value = 1, message = "{opening_hours.length.min}")
    private Integer lengthMinutes = 20;

    @Min(value = 0, message = "{opening_hours.interval.min}")
    private Integer intervalMinutes = 0;

    private boolean hoursModerated;

    private ClosureForm closureForm = new ClosureForm();

    public void load() {
        if (settings != null) {
            return;
        }
        creating = code == null || code.isBlank();
        if (creating) {
            if (!Faces.isUserInRole(Roles.ADMIN)) {
                Faces.responseSendError(403, "");
                return;
            }
            settings = new CalendarSettings();
            return;
        }
        try {
            settings = CalendarSettings.of(calendars.calendar(code));
        } catch (BookingRefusedException e) {
            Faces.responseSendError(404, "");
        }
    }

    public String save() {
        if (creating) {
            calendars.create(settings);
            Messages.addFlashGlobalInfo("calendar_edit.created");
            return "/backoffice/calendari/modifica?faces-redirect=true&calendario=" + settings.getCode();
        }
        calendars.update(settings);
        Messages.addGlobalInfo("calendars.saved");
        return null;
    }

    public String delete() {
        calendars.delete(code);
        Messages.addFlashGlobalInfo("calendar_edit.deleted", settings.getTitleIt());
        return "/backoffice/calendari/index?faces-redirect=true";
    }

    public boolean isAdmin() {
        return Faces.isUserInRole(Roles.ADMIN);
    }

    /** The calendar's opening hours, "current" (not yet over) or "expired" (ended before today). */
    public List<OpeningHours> hours(String kind) {
        if (hours == null) {
            hours = calendars.calendar(code).getOpeningHours();
        }
        LocalDate today = LocalDate.now(clock);
        return hours.stream()
                .filter(h -> h.isExpiredOn(today) == "expired".equals(kind))
                .toList();
    }

    public String days(OpeningHours openingHours) {
        return openingHours.getDays().stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale.getLocale()))
                .collect(Collectors.joining(", "));
    }

    /** The weekdays to choose from, Monday first, by their ISO number. */
    public Map<String, String> getWeekdays() {
        Map<String, String> days = new java.util.LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.getDisplayName(TextStyle.FULL, locale.getLocale()), String.valueOf(day.getValue()));
        }
        return days;
    }

    public void editHours(OpeningHours existing) {
        hoursId = existing.getId();
        hoursName = existing.getName();
        hoursFrom = existing.getStartDate();
        hoursTo = existing.getEndDate();
        hoursDays = existing.getDays().stream()
                .map(d -> String.valueOf(d.getValue()))
                .collect(Collectors.toList());
        openTime = existing.getOpenTime();
        closeTime = existing.getCloseTime();
        parallel = existing.getParallel();
        lengthMinutes = existing.getLengthMinutes();
        intervalMinutes = existing.getIntervalMinutes();
        hoursModerated = existing.isModerated();
    }

    public void newHours() {
        hoursId = null;
        hoursName = null;
        hoursFrom = null;
        hoursTo = null;
        hoursDays = new ArrayList<>();
        openTime = null;
        closeTime = null;
        parallel = 1;
        lengthMinutes = 20;
        intervalMinutes = 0;
        hoursModerated = false;
    }

    public void saveHours() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        hoursDays.forEach(d -> days.add(DayOfWeek.of(Integer.parseInt(d))));
        OpeningHours edited = new OpeningHours(
                hoursName,
                hoursFrom,
                hoursTo,
                days,
                openTime,
                closeTime,
                orZero(parallel),
                orZero(lengthMinutes),
                orZero(intervalMinutes));
        edited.setModerated(hoursModerated);
        calendars.saveOpeningHours(code, hoursId, edited);
        Messages.addGlobalInfo(hoursId == null ? "calendar_edit.hours.added" : "calendar_edit.hours.saved");
        newHours();
        hours = null;
    }

    public void removeHours(OpeningHours existing) {
        calendars.removeOpeningHours(code, existing.getId());
        Messages.addGlobalInfo("calendar_edit.hours.removed", existing.getName());
        hours = null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public List<Closure> getClosures() {
        return closureForm.closures(calendars, code);
    }

    public void close() {
        closureForm.add(calendars, code);
    }

    public void removeClosure(Closure closure) {
        closureForm.remove(calendars, closure);
    }

    /** The holidays of the coming year, closed or opened exceptionally. */
    public List<CalendarHoliday> getHolidays() {
        if (holidays == null) {
            holidays = calendars.holidays(code);
        }
        return holidays;
    }

    /** An administrator opens the calendar on a holiday exceptionally. */
    public void openOnHoliday(LocalDate day) {
        calendars.openOnHoliday(code, day);
        holidays = null;
        Messages.addGlobalInfo("calendar_edit.holidays.opened", DAY.format(day));
    }

    /** An administrator closes the calendar again on a holiday. */
    public void closeOnHoliday(LocalDate day) {
        calendars.closeOnHoliday(code, day);
        holidays = null;
        Messages.addGlobalInfo("calendar_edit.holidays.closed", DAY.format(day));
    }

    /** The offices a calendar may belong to. */
    public List<Office> getOffices() {
        return catalog.offices();
    }

    /** The staff accounts that may own or work the calendar. */
    public List<StaffAccount> getStaff() {
        if (staff == null) {
            staff = calendars.staffAccounts();
        }
        return staff;
    }

    public String getTitle() {
        return creating ? null : settings.getTitleIt();
    }

    public boolean isCreating() {
        return creating;
    }

    public CalendarSettings getSettings() {
        return settings;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getHoursId() {
        return hoursId;
    }

    public String getHoursName() {
        return hoursName;
    }

    public void setHoursName(String hoursName) {
        this.hoursName = hoursName;
    }

    public LocalDate getHoursFrom() {
        return hoursFrom;
    }

    public void setHoursFrom(LocalDate hoursFrom) {
        this.hoursFrom = hoursFrom;
    }

    public LocalDate getHoursTo() {
        return hoursTo;
    }

    public void setHoursTo(LocalDate hoursTo) {
        this.hoursTo = hoursTo;
    }

    public List<String> getHoursDays() {
        return hoursDays;
    }

    public void setHoursDays(List<String> hoursDays) {
        this.hoursDays = hoursDays == null ? new ArrayList<>() : hoursDays;
    }

    public LocalTime getOpenTime() {
        return openTime;
    }

    public void setOpenTime(LocalTime openTime) {
        this.openTime = openTime;
    }

    public LocalTime getCloseTime() {
        return closeTime;
    }

    public void setCloseTime(LocalTime closeTime) {
        this.closeTime = closeTime;
    }

    public Integer getParallel() {
        return parallel;
    }

    public void setParallel(Integer parallel) {
        this.parallel = parallel;
    }

    public Integer getLengthMinutes() {
        return lengthMinutes;
    }

    public void setLengthMinutes(Integer lengthMinutes) {
        this.lengthMinutes = lengthMinutes;
    }

    public Integer getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(Integer intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }

    public boolean isHoursModerated() {
        return hoursModerated;
    }

    public void setHoursModerated(boolean hoursModerated) {
        this.hoursModerated = hoursModerated;
    }

    public ClosureForm getClosureForm() {
        return closureForm;
    }
}
