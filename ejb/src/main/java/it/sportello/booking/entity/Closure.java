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
 * Days on which a calendar, or without a calendar the whole municipality (holidays), is closed
 * ("periodo di chiusura"), both dates included.
 */
@Entity
@Table(name = "closure")
@NamedQuery(
        name = Closure.OF_CALENDAR,
        query =
                "SELECT c FROM Closure c WHERE (c.calendar IS NULL OR c.calendar = :calendar) AND c.endDate >= :from AND c.startDate <= :to")
public class Closure {

    public static final String OF_CALENDAR = "Closure.ofCalendar";

    @Id
    @SequenceGenerator(name = "closure_seq", sequenceName = "closure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calendar_id")
    private Calendar calendar;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(length = 255)
    private String reason;

    protected Closure() {
        // for JPA
    }

    /** A closure of one calendar, or of the whole municipality when the calendar is null. */
    public Closure(Calendar calendar, LocalDate startDate, LocalDate endDate, String reason) {
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new BookingRefusedException("booking.closure.invalid");
        }
        this.calendar = calendar;
        this.startDate = startDate;
        this.endDate = endDate;
        this.reason = reason;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public Long getId() {
        return id;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getReason() {
        return reason;
    }
}
