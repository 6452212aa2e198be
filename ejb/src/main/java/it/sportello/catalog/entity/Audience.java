package it.sportello.catalog.entity;

/** The "Io sono…" groups a citizen picks to see the services meant for them. */
public enum Audience {
    CITIZEN,
    FAMILY,
    SENIOR,
    DRIVER,
    BUSINESS,
    PROFESSIONAL,
    ASSOCIATION,
    STUDENT,
    TOURIST
}
