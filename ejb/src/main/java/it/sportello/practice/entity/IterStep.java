package it.sportello.practice.entity;

import java.time.Instant;

/**
 * One step of a practice's iter ("iter della pratica"), its legal record: one event, when it
 * happened and who did it — a status the practice moved to, an action of the desk, or an action
 * that moved the status (taking charge puts the practice in progress: one step, not two).
 *
 * @param at        when
 * @param actorKind the citizen, an operator or the desk itself
 * @param actor     the citizen's codice fiscale, the operator's username, or the system's name
 *                  ({@code sportello}, {@code pagopa})
 * @param status    the status the practice moved to, or {@code null} when it stayed
 * @param action    what the desk did, or {@code null} for a status change alone
 * @param detail    what the action was about, as {@link DeskAction#getDetail()} stores it
 */
public record IterStep(
        Instant at, Actor actorKind, String actor, PracticeStatus status, DeskAction.Kind action, String detail) {}
