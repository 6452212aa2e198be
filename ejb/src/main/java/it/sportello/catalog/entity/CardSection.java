package it.sportello.catalog.entity;

/**
 * The text sections of a service card, in the order of the national model for municipal sites
 * ("modello Comuni"). "Accedi al servizio" and "Contatti" are not texts: they come from the
 * service's settings and its office.
 */
public enum CardSection {
    ADDRESSED_TO,
    DESCRIPTION,
    HOW_TO,
    NEEDED,
    ACHIEVED,
    DEADLINES,
    COSTS,
    CONDITIONS
}
