package it.sportello.practice.entity;

/**
 * Who reads the reason an operator gives for recording something done outside the desk, such as
 * a payment made at the counter: the citizen, as a message, or only the operators, as an internal
 * note.
 */
public enum Audience {
    /** A message to the citizen, among the practice's messages. */
    CITIZEN,
    /** An internal note ("nota interna"), never shown to the citizen. */
    OFFICE
}
