package it.sportello.practice.boundary;

/** A practice was sent: fired inside the sending transaction, observed after it commits. */
public record PracticeSent(String reference) {}
