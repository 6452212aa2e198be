package it.sportello.practice.entity;

/**
 * How urgent an operator judges a practice ("priorità"). Stored as its rank, so that the practice
 * list sorts by urgency in the database. Bundle keys: {@code Priority.LOW} and so on.
 */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
