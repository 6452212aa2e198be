package it.sportello.practice.boundary;

import it.sportello.practice.entity.DeskAction;

/** The desk did something to a practice: fired inside the action's transaction, observed after it commits. */
public record PracticeDeskEvent(String reference, DeskAction.Kind kind, String operator) {}
