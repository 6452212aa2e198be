package it.sportello.practice.entity;

import java.io.Serializable;

import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Workflow;
import it.sportello.identity.entity.FiscalCode;

/**
 * Whether the citizen may withdraw a practice ("Ritira pratica") now: allowed, or the message key
 * of the reason why not. The page asks it to offer the action only when it can succeed, and
 * {@link Practice#withdraw} refuses by it, so that both say the same.
 *
 * @param refusal null when allowed
 */
public record Withdrawal(String refusal) implements Serializable {

    public static final Withdrawal ALLOWED = new Withdrawal(null);
    private static final String NOT_OPEN = "practice.withdraw.not_open";

    /**
     * The answer for the practice: refused when the caller is not the applicant, the practice is
     * not with the office, the office has decided it (its letter waits for the protocol register),
     * the service does not allow it, a payment exists, the practice was forwarded to another back
     * office that acquired it, or the protocol register is on and the practice is not registered yet.
     */
    static Withdrawal of(Practice practice, FiscalCode by, WithdrawalCheck check) {
        PracticeStatus status = practice.getStatus();
        Service service = practice.getService();
        if (!practice.isOwnedBy(by)) {
            return refused("practice.withdraw.not_applicant");
        }
        if (!status.isOpen()) {
            return refused(NOT_OPEN);
        }
        if (status == PracticeStatus.PROCESSED) {
            return refused("practice.withdraw.decided");
        }
        if (!service.isWithdrawalAllowed()) {
            return refused("practice.withdraw.not_allowed");
        }
        if (check.paymentExists()) {
            return refused("practice.withdraw.payment");
        }
        if (service.getWorkflow() == Workflow.FORWARD && status.compareTo(PracticeStatus.ACQUIRED) >= 0) {
            return refused("practice.withdraw.forwarded");
        }
        if (check.protocolOn() && (status == PracticeStatus.SUBMITTED || status == PracticeStatus.ACQUIRED)) {
            return refused("practice.withdraw.not_registered");
        }
        return ALLOWED;
    }

    private static Withdrawal refused(String reason) {
        return new Withdrawal(reason);
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /**
     * The reason to show next to where the action would be, null when there is none to show: a
     * draft, or a practice already decided or withdrawn, has no withdrawal to speak of.
     */
    public String shownRefusal() {
        return NOT_OPEN.equals(refusal) ? null : refusal;
    }
}
