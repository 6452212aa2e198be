package it.sportello.booking.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A recurring bookable window of a calendar ("orario di apertura"): between two dates, on some
 * weekdays, from the opening to the closing time, meetings of a given length separated by an
 * interval, with room for a number of parallel meetings.
 */
@Entity
@Table(name = "opening_hours")
public class OpeningHours {

    @Id
    @SequenceGenerator(name = "opening_hours_seq", sequenceName = "opening_hours_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_hours_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false, updatable = false)
    private Calendar calendar;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** ISO day numbers, Monday 1 to Sunday 7. */
    @Column(nullable = false, length = 7)
    private String weekdays;

    @Column(name = "open_time", nullable = false)
    private LocalTime openTime;

    @Column(name = "close_time", nullable = false)
    private LocalTime closeTime;

    private int parallel;

    @Column(name = "length_minutes")
    private int lengthMinutes;

    @Column(name = "interval_minutes")
    private int intervalMinutes;

    private boolean moderated;

    protected OpeningHours() {
        // for JPA
    }

    public OpeningHours(
            String name,
            LocalDate startDate,
            LocalDate endDate,
            Set<DayOfWeek> days,
            LocalTime openTime,
            LocalTime closeTime,
            int parallel,
            int lengthMinutes,
            int intervalMinutes) {
        change(name, startDate, endDate, days, openTime, closeTime, parallel, lengthMinutes, intervalMinutes);
    }

    /**
     * Sets what these hours are, refused with the reason when it makes no sense: a name, an end
     * date not before the start, at least one weekday, a closing time after the opening, meetings
     * at least a minute long that fit in the day, a non-negative interval and at least one place.
     */
    public final void change(
            String name,
            LocalDate startDate,
            LocalDate endDate,
            Set<DayOfWeek> days,
            LocalTime openTime,
            LocalTime closeTime,
            int parallel,
            int lengthMinutes,
            int intervalMinutes) {
        if (name == null || name.isBlank()) {
            throw new BookingRefusedException("booking.openingHours.name");
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new BookingRefusedException("booking.openingHours.dates");
        }
        if (days == null || days.isEmpty()) {
            throw new BookingRefusedException("booking.openingHours.days");
        }
        if (openTime == null || closeTime == null || !closeTime.isAfter(openTime)) {
            throw new BookingRefusedException("booking.openingHours.times");
        }
        if (lengthMinutes < 1
                || openTime.plusMinutes(lengthMinutes).isAfter(closeTime)
                || openTime.plusMinutes(lengthMinutes).isBefore(openTime)) {
            throw new BookingRefusedException("booking.openingHours.length");
        }
        if (intervalMinutes < 0) {
            throw new BookingRefusedException("booking.openingHours.interval");
        }
        if (parallel < 1) {
            throw new BookingRefusedException("booking.openingHours.parallel");
        }
        this.name = name.strip();
        this.startDate = startDate;
        this.endDate = endDate;
        this.weekdays =
                days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining());
        this.openTime = openTime;
        this.closeTime = closeTime;
        this.parallel = parallel;
        this.lengthMinutes = lengthMinutes;
        this.intervalMinutes = intervalMinutes;
    }

    /** Takes over what other opening hours are (the form's copy of these); the calendar stays. */
    public void changeTo(OpeningHours other) {
        change(
                other.name,
                other.startDate,
                other.endDate,
                other.getDays(),
                other.openTime,
                other.closeTime,
                other.parallel,
                other.lengthMinutes,
                other.intervalMinutes);
        this.moderated = other.moderated;
    }

    void belongTo(Calendar calendar) {
        this.calendar = calendar;
    }

    public void setModerated(boolean moderated) {
        this.moderated = moderated;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startDate)
                && !day.isAfter(endDate)
                && weekdays.indexOf(Character.forDigit(day.getDayOfWeek().getValue(), 10)) >= 0;
    }

    /** Whether these hours are over ("Scaduti") on this day. */
    public boolean isExpiredOn(LocalDate today) {
        return endDate.isBefore(today);
    }

    public Set<DayOfWeek> getDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
        return days;
    }

    public Long getId() {
        return id;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalTime getOpenTime() {
        return openTime;
    }

    public LocalTime getCloseTime() {
        return closeTime;
    }

    public int getParallel() {
        return parallel;
    }

    public int getLengthMinutes() {
        return lengthMinutes;
    }

    public int getIntervalMinutes() {
        return intervalMinutes;
    }

    public boolean isModerated() {
        return moderated;
    }
}
