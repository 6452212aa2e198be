package it.sportello.protocol.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last number given in a year by the municipality's register. Whoever registers holds this
 * row (a pessimistic write lock) until its transaction ends, so numbers come one after the other
 * and a rolled-back registration gives its number back.
 */
@Entity
@Table(name = "protocol_counter")
public class ProtocolCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ProtocolCounter() {
        // for JPA
    }

    public ProtocolCounter(int year) {
        this.year = year;
    }

    /** The next number of the year, taken. */
    public int next() {
        return ++lastNumber;
    }

    public int getYear() {
        return year;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
