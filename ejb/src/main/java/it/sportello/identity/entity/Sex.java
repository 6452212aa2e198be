package it.sportello.identity.entity;

/** Sex as registered in the codice fiscale, the only two values it can encode. */
public enum Sex {
    MALE,
    FEMALE
}
