package it.sportello.practice.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a practice is in its iter, in the order a practice usually goes through them. Which
 * statuses a practice passes through depends on its service (payments, protocol). Bundle keys:
 * {@code PracticeStatus.DRAFT} and so on.
 *
 * <p>The iter a practice may take is the table of {@link #canMoveTo}: every status change of
 * {@link Practice} is checked against it. Whether a move happens now (the operator holds the
 * practice, the payment arrived, the register is on) is the practice's rule, refused by key;
 * the table only says which moves exist at all, so that a wrong one is a bug caught where it
 * happens rather than a practice stuck in a status no page offers a way out of.
 */
public enum PracticeStatus {
    /** Bozza: being filled, only the citizen sees it. */
    DRAFT,
    /** In attesa di pagamento bolli. */
    WAITING_STAMP_DUTY,
    /** In attesa di pagamento. */
    WAITING_PAYMENT,
    /** In attesa dell'esito di pagamento. */
    PAYMENT_PENDING,
    /** Pagamento avvenuto. */
    PAYMENT_DONE,
    /** Inviata. */
    SUBMITTED,
    /** Acquisita: received by the desk. */
    ACQUIRED,
    /** Protocollata: registered in the protocol register. */
    REGISTERED,
    /** Presa in carico: an operator works it. */
    IN_PROGRESS,
    /** In attesa di integrazioni. */
    WAITING_INTEGRATION,
    /** Elaborata: decided, waiting for the outcome letter to be registered. */
    PROCESSED,
    /** Accettata. */
    ACCEPTED,
    /** Parzialmente approvata. */
    PARTIALLY_ACCEPTED,
    /** Rifiutata. */
    REJECTED,
    /** Ritirata by the citizen. */
    WITHDRAWN,
    /** Annullata. */
    CANCELLED;

    /** The statuses each status may move to; a status missing here moves nowhere. */
    private static final Map<PracticeStatus, Set<PracticeStatus>> NEXT = new EnumMap<>(PracticeStatus.class);

    static {
        // sending: paid with the request first, or submitted and acquired at once
        allow(DRAFT, WAITING_PAYMENT, SUBMITTED);
        allow(WAITING_PAYMENT, PAYMENT_PENDING, PAYMENT_DONE);
        allow(PAYMENT_PENDING, WAITING_PAYMENT, PAYMENT_DONE);
        // paid with the request it is sent; paid on release the approval waits for stamps or is out
        allow(PAYMENT_DONE, SUBMITTED, WAITING_STAMP_DUTY, ACCEPTED, PARTIALLY_ACCEPTED);
        allow(WAITING_STAMP_DUTY, ACCEPTED, PARTIALLY_ACCEPTED);
        // with the office: registered, taken in charge, withdrawn by the citizen
        allow(SUBMITTED, ACQUIRED, REGISTERED, IN_PROGRESS, WITHDRAWN);
        allow(ACQUIRED, REGISTERED, IN_PROGRESS, WITHDRAWN);
        allow(REGISTERED, IN_PROGRESS, WITHDRAWN);
        // worked: integrations, then the outcome, at once or after charges or the protocol
        allow(
                IN_PROGRESS,
                WAITING_INTEGRATION,
                WAITING_PAYMENT,
                WAITING_STAMP_DUTY,
                PROCESSED,
                ACCEPTED,
                PARTIALLY_ACCEPTED,
                REJECTED,
                WITHDRAWN);
        allow(WAITING_INTEGRATION, IN_PROGRESS, WITHDRAWN);
        // decided: the outcome is released once its letter is registered; too late to withdraw
        allow(PROCESSED, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED);
    }

    private static void allow(PracticeStatus from, PracticeStatus... to) {
        Set<PracticeStatus> next = EnumSet.noneOf(PracticeStatus.class);
        Collections.addAll(next, to);
        NEXT.put(from, Collections.unmodifiableSet(next));
    }

    /** Where every practice starts: a draft, whether the citizen or the desk starts it. */
    public static PracticeStatus initial() {
        return DRAFT;
    }

    /**
     * Whether the iter has a step from this status to {@code next}. A practice never stays in a
     * status by moving to it again, and nothing leaves a final status.
     */
    public boolean canMoveTo(PracticeStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Sent and not yet decided: the office has it. */
    public boolean isOpen() {
        return switch (this) {
            case SUBMITTED, ACQUIRED, REGISTERED, IN_PROGRESS, WAITING_INTEGRATION, PROCESSED -> true;
            default -> false;
        };
    }

    /** Nothing more happens to it but messages. */
    public boolean isFinal() {
        return switch (this) {
            case ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, WITHDRAWN, CANCELLED -> true;
            default -> false;
        };
    }

    /**
     * Received by the office and not yet taken, so that "Prendi in carico" starts working it:
     * acquired or registered, or merely sent when no protocol register is to register it first.
     */
    public boolean isWaitingForOffice(DeskPolicy policy) {
        return this == ACQUIRED || this == REGISTERED || (this == SUBMITTED && !policy.protocolOn());
    }

    /** Taken in charge (or assigned) and not decided: the outcome and integrations are possible. */
    public boolean isBeingWorked() {
        return this == IN_PROGRESS || this == WAITING_INTEGRATION;
    }

    /** Decided ("elaborata" or with its outcome), withdrawn or cancelled: only messages and notes from now on. */
    public boolean isClosedForDesk() {
        return isFinal() || this == PROCESSED;
    }
}
