package it.sportello.payment.entity;

/**
 * Where a pagoPA debt position is. Bundle keys: {@code PaymentState.TO_PAY} and so on.
 */
public enum PaymentState {
    /** In creazione: asked of the intermediary, no answer yet. */
    CREATING,
    /** Da pagare: it has its codice avviso and can be paid online or at a counter. */
    TO_PAY,
    /** In elaborazione: the citizen is at the checkout, the outcome is awaited. */
    PROCESSING,
    /** Pagato: the intermediary confirmed it, or an operator registered a payment made elsewhere. */
    PAID,
    /** Scaduto: not paid by its due date. */
    EXPIRED,
    /** Errore: the intermediary refused to create it. */
    ERROR,
    /** Annullato. */
    CANCELLED;

    /** The citizen can still pay it. */
    public boolean isPayable() {
        return this == TO_PAY || this == PROCESSING || this == EXPIRED;
    }
}
