package it.sportello.practice.boundary;

/** The citizen withdrew a practice: fired inside the withdrawal's transaction. */
public record PracticeWithdrawn(String reference) {}
