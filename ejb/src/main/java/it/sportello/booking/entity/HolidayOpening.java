package it.sportello.booking.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A holiday on which an administrator opened one calendar exceptionally: its slots are offered
 * that day as on any other day of its opening hours.
 */
@Entity
@Table(name = "holiday_opening")
@NamedQuery(
        name = HolidayOpening.DAYS_OF_CALENDAR,
        query = "SELECT o.day FROM HolidayOpening o WHERE o.calendar = :calendar AND o.day BETWEEN :from AND :to")
public class HolidayOpening {

    public static final String DAYS_OF_CALENDAR = "HolidayOpening.daysOfCalendar";

    @Id
    @SequenceGenerator(name = "holiday_opening_seq", sequenceName = "holiday_opening_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_opening_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private Calendar calendar;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate day;

    protected HolidayOpening() {
        // for JPA
    }

    public HolidayOpening(Calendar calendar, LocalDate day) {
        this.calendar = calendar;
        this.day = day;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public LocalDate getDay() {
        return day;
    }
}
