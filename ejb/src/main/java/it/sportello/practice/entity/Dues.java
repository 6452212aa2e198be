package it.sportello.practice.entity;

import java.time.Instant;

import it.sportello.identity.entity.StaffAccount;

/**
 * What the citizen pays on a practice as it moves: the payment asked with the request, which the
 * sending waits for, the deferred payment and the stamp duties an approval waits for. The payment
 * component tells the practice how the checkout went through this part, reached by
 * {@link Practice#dues()}; it says where each step leaves the practice, which changes status only
 * through its {@code moveTo}. Whether the practice waits is the practice's to say
 * ({@link Practice#isWaitingForPayment}, {@link Practice#isWaitingForStamps}).
 */
public final class Dues {

    private final Practice practice;

    Dues(Practice practice) {
        this.practice = practice;
    }

    /** The citizen went to the checkout: <em>In attesa dell'esito di pagamento</em>. */
    public void paymentStarted(Instant now) {
        if (practice.getStatus() == PracticeStatus.WAITING_PAYMENT) {
            practice.moveTo(PracticeStatus.PAYMENT_PENDING, now, Actor.CITIZEN, applicant());
        }
    }

    /** The checkout ended without payment: waiting for a payment again. */
    public void paymentFailed(Instant now) {
        if (practice.getStatus() == PracticeStatus.PAYMENT_PENDING) {
            practice.moveTo(PracticeStatus.WAITING_PAYMENT, now, Actor.SYSTEM, "pagopa");
        }
    }

    /**
     * The payment the practice waited for is made: <em>Pagamento avvenuto</em>, then a request is
     * sent (and acquired by the desk) and an approved practice gets its outcome. Nothing happens
     * when the practice was not waiting (a repeated confirmation). An approved practice whose stamp
     * duties at release are still to be provided, as the policy says, then waits for them
     * (<em>In attesa di pagamento bolli</em>).
     *
     * @return whether the practice was sent now
     */
    public boolean paid(Instant now, String actor, DeskPolicy policy) {
        if (!practice.isWaitingForPayment()) {
            return false;
        }
        practice.moveTo(PracticeStatus.PAYMENT_DONE, now, Actor.SYSTEM, actor);
        if (practice.getDecision().isPresent()) {
            practice.moveTo(practice.getDecision().get().statusOnPayment(policy), now, Actor.SYSTEM, actor);
            return false;
        }
        practice.submit(now, Actor.SYSTEM, actor);
        return true;
    }

    /** The citizen provided the stamp duties due at release: the approved practice gets its outcome. */
    public void stampsProvided(Instant now) {
        Decision decision = practice.getDecision()
                .filter(decided -> practice.isWaitingForStamps())
                .orElseThrow(() -> new PracticeRefusedException("practice.stamps.not_waiting"));
        practice.moveTo(decision.getOutcome().status(), now, Actor.CITIZEN, applicant());
    }

    /** The intermediary refused to create the debt position: the iter says so, the practice still waits. */
    public void paymentCreationFailed(Instant now) {
        practice.act(DeskAction.Kind.PAYMENT_CREATION_FAILED, now, Actor.SYSTEM, "pagopa", null);
    }

    /**
     * "Registra pagamento": the operator records a payment made elsewhere, with the reason, for the
     * citizen or the office to read; then the practice goes on as {@link #paid} says.
     */
    public void paymentRegistered(StaffAccount by, String reason, Audience readBy, DeskPolicy policy, Instant now) {
        practice.desk().requireEnabled(by);
        if (reason == null || reason.isBlank()) {
            throw new PracticeRefusedException("practice.desk.payment.reason_required");
        }
        practice.correspondence().explain(by, reason, readBy, now);
        practice.act(DeskAction.Kind.PAYMENT_REGISTERED, now, Actor.OPERATOR, by.getUsername(), null);
        paid(now, by.getUsername(), policy);
    }

    private String applicant() {
        return practice.getApplicant().getFiscalCode().toString();
    }
}
