package it.sportello.web.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.control.Holiday;
import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotRules;
import it.sportello.booking.entity.Calendar;
import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Service;
import it.sportello.practice.entity.Practice;

/**
 * Backing bean of {@code /prenotazioni/settimana.xhtml?calendario=<code>&settimana=<monday>}: the
 * week grid of a calendar, each slot with its state; the citizen ticks one or more consecutive
 * free slots and "Continua" holds them. With {@code &pratica=<reference>} the appointment is for
 * one of the citizen's practices, checked on the server before the week is shown and again when
 * the slots are held. With {@code &servizio=<code>} (a service card that books on the general
 * desk's calendar) the page names the service, and so does the reason on the next page.
 * <p>
 * The page keeps no view: anybody may read a calendar's week, crawlers included, and reading it
 * opens no session. The form carries the calendar, week and practice back as the address did.
 */
@Named
@RequestScoped
public class WeekPage {

    /** Where the held booking is completed. */
    static final String DETAILS_PAGE = "/prenotazioni/dati.xhtml";

    @EJB
    Bookings bookings;

    @EJB
    Catalog catalog;

    @Inject
    Clock clock;

    private String code;
    private String week;
    private Calendar calendar;
    private List<Slot> slots;
    private Map<LocalDate, Holiday> holidays;
    private LocalDate monday;
    private String practiceReference;
    private Practice practice;
    private String serviceCode;
    private Service service;

    /**
     * The view is not kept, so a postback finds the week in the form's hidden fields: read before
     * anything of the page is decoded, as the view parameters come only after.
     */
    @PostConstruct
    void readWeek() {
        if (Faces.isPostback()) {
            code = Faces.getRequestParameter("calendario");
            week = Faces.getRequestParameter("settimana");
            practiceReference = Faces.getRequestParameter("pratica");
            serviceCode = Faces.getRequestParameter("servizio");
            if (isForPractice()) {
                practice = bookings.practiceToBook(code, practiceReference);
            }
        }
    }

    public void load() {
        // a hall booked only through its service's request has no week of its own
        if (getCalendar() == null || !calendar.isEnabled() || calendar.isPracticeOnly()) {
            Faces.responseSendError(404, "");
            return;
        }
        if (isForPractice()) {
            // checked before anything is held: a practice that is not the citizen's is refused by name
            practice = bookings.practiceToBook(code, practiceReference);
        }
    }

    /** Whether the week was opened from a practice's Appuntamenti tab ({@code ?pratica=}). */
    public boolean isForPractice() {
        return practiceReference != null && !practiceReference.isBlank();
    }

    /** The practice the appointment is for; null when refused, or when booking without one. */
    public Practice getPractice() {
        return practice;
    }

    /** The listed service the booking is for ({@code ?servizio=}); null when none, or unknown. */
    public Service getService() {
        if (service == null && serviceCode != null && !serviceCode.isBlank()) {
            service = catalog.service(serviceCode).filter(Service::isListed).orElse(null);
        }
        return service;
    }

    /** What the week's addresses carry along: the practice or the service the booking is for, if any. */
    public String getCarriedParameters() {
        return (isForPractice() ? "&pratica=" + URLEncoder.encode(practiceReference, StandardCharsets.UTF_8) : "")
                + (getService() != null ? "&servizio=" + service.getCode() : "");
    }

    private static Optional<LocalDate> parse(String day) {
        try {
            return day == null ? Optional.empty() : Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Calendar getCalendar() {
        if (calendar == null && code != null) {
            calendar = bookings.calendar(code).orElse(null);
        }
        return calendar;
    }

    public List<Slot> getSlots() {
        if (slots == null) {
            slots = bookings.week(code, getMonday());
        }
        return slots;
    }

    public List<LocalDate> getDays() {
        return getMonday().datesUntil(getMonday().plusDays(7)).toList();
    }

    public List<LocalTime> getRows() {
        return SlotRules.rows(getSlots());
    }

    /** The holiday a day of the week is, when the calendar is closed for it; null otherwise. */
    public Holiday holiday(LocalDate day) {
        if (holidays == null) {
            holidays = bookings.holidaysOfWeek(code, getMonday());
        }
        return holidays.get(day);
    }

    /** Nothing is ticked when the week is shown: the citizen ticks what they hold. */
    public boolean ticked(Slot slot) {
        return false;
    }

    /** The slot of a cell of the grid, or null when the calendar has none then. */
    public Slot slot(LocalDate day, LocalTime time) {
        LocalDateTime start = day.atTime(time);
        return getSlots().stream()
                .filter(s -> s.start().equals(start))
                .findFirst()
                .orElse(null);
    }

    public boolean isPreviousWeek() {
        return getMonday().isAfter(SlotRules.weekOf(LocalDate.now(clock)));
    }

    public LocalDate getPrevious() {
        return getMonday().minusWeeks(1);
    }

    public LocalDate getNext() {
        return getMonday().plusWeeks(1);
    }

    /** The Monday of the week asked for; this week's when none or a past one was. */
    public LocalDate getMonday() {
        if (monday == null) {
            LocalDate today = LocalDate.now(clock);
            LocalDate asked = parse(week).orElse(today);
            monday = SlotRules.weekOf(asked.isBefore(today) ? today : asked);
        }
        return monday;
    }

    public LocalDate getSunday() {
        return getMonday().plusDays(6);
    }

    /** Holds the ticked slots and goes on to the person's data. */
    public String proceed() {
        String[] ticked = Faces.getRequestParameterValuesMap().get("slot");
        Set<LocalDateTime> starts = new LinkedHashSet<>();
        if (ticked != null) {
            for (String value : ticked) {
                try {
                    starts.add(LocalDateTime.parse(value));
                } catch (DateTimeParseException e) {
                    // not a slot of ours: ignored, the rules refuse an empty choice
                }
            }
        }
        if (starts.isEmpty()) {
            Messages.addGlobalError("booking.slots.none");
            return null;
        }
        String reference = isForPractice()
                ? bookings.holdForPractice(code, starts, practiceReference)
                : bookings.hold(code, starts);
        return DETAILS_PAGE + "?faces-redirect=true&prenotazione=" + reference
                + (getService() != null ? "&servizio=" + service.getCode() : "");
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getPracticeReference() {
        return practiceReference;
    }

    public void setPracticeReference(String practiceReference) {
        this.practiceReference = practiceReference;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }
}
