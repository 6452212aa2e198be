package it.sportello.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/**
 * The office's decision on a practice: the outcome and the response document ("documento di
 * risposta") sent with it. It is taken once and never changes; what it decides is which status
 * the practice moves to while the outcome waits for what is due before it is out: the deferred
 * payment, the stamp duties, the registration of its letter in the protocol register.
 *
 * <p>A practice not decided yet has none: its columns are empty, and JPA loads an embeddable whose
 * columns are all empty as none.
 */
@Embeddable
public class Decision {

    /** The decision, from the moment it is taken (also while the letter waits for the protocol). */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    /** The response document sent with the outcome. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outcome_letter_id")
    private Attachment letter;

    protected Decision() {
        // for JPA
    }

    Decision(Outcome outcome, Attachment letter) {
        this.outcome = outcome;
        this.letter = letter;
    }

    /**
     * Where deciding puts the practice: waiting for the deferred pagoPA amount, if there is one
     * (the stamps come after it), else for the stamp duties due at release; with nothing due,
     * <em>Elaborata</em> until the letter is registered when the protocol register is on, else
     * its outcome at once. A deferred amount of 0 means exempt.
     */
    PracticeStatus statusOnDeciding(ReleaseCharges charges, DeskPolicy policy) {
        if (charges.deferredAmount().signum() > 0) {
            return PracticeStatus.WAITING_PAYMENT;
        }
        if (charges.stampDuties() > 0) {
            return PracticeStatus.WAITING_STAMP_DUTY;
        }
        return policy.protocolOn() ? PracticeStatus.PROCESSED : outcome.status();
    }

    /** Where the deferred payment puts the practice once made: waiting for the stamps still to provide, else its outcome. */
    PracticeStatus statusOnPayment(DeskPolicy policy) {
        return policy.stampsPending() ? PracticeStatus.WAITING_STAMP_DUTY : outcome.status();
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Attachment getLetter() {
        return letter;
    }
}
