package it.sportello.practice.entity;

/**
 * The decision on a practice ("esito") and the status it leads to once the outcome letter is out.
 * Bundle keys: {@code Outcome.ACCEPTED} and so on.
 */
public enum Outcome {
    /** Accettata. */
    ACCEPTED(PracticeStatus.ACCEPTED),
    /** Parzialmente approvata. */
    PARTIALLY_ACCEPTED(PracticeStatus.PARTIALLY_ACCEPTED),
    /** Rifiutata. */
    REJECTED(PracticeStatus.REJECTED);

    private final PracticeStatus status;

    Outcome(PracticeStatus status) {
        this.status = status;
    }

    public PracticeStatus status() {
        return status;
    }
}
