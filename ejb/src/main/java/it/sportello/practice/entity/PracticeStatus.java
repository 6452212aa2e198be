package it.sportello.practice.entity;

/**
 * Where a practice is in its iter, in the order a practice usually goes through them. Which
 * statuses a practice passes through depends on its service (payments, protocol). Bundle keys:
 * {@code PracticeStatus.DRAFT} and so on.
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
}
