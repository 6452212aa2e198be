package it.sportello.practice.entity;

/** Who did something to a practice: the citizen, an operator, or the desk itself. */
public enum Actor {
    CITIZEN,
    OPERATOR,
    SYSTEM
}
