package it.sportello.web.payment;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.omnifaces.util.Messages;

import it.sportello.payment.boundary.Payments;
import it.sportello.payment.entity.Payment;
import it.sportello.payment.entity.PaymentState;
import it.sportello.payment.entity.StampDuty;
import it.sportello.practice.boundary.Receipts;
import it.sportello.practice.entity.Practice;
import it.sportello.web.citizen.CurrentCitizen;

/**
 * What {@code WEB-INF/includes/payment/practice-payment.xhtml} shows of a practice: its debt
 * positions and stamp duties, read as the citizen who owns it or as the operator at the desk, and
 * the citizen's "Paga" button.
 */
@Named
@RequestScoped
public class PracticePayments {

    @EJB
    Payments payments;

    @Inject
    CurrentCitizen citizen;

    @Inject
    SecurityContext security;

    @Inject
    Checkout checkout;

    private List<Payment> paymentsRead;
    private List<StampDuty> stampsRead;

    public List<Payment> of(Practice practice) {
        if (paymentsRead == null) {
            paymentsRead = isCitizenView() ? payments.ofPractice(citizen.fiscalCode(), practice.getReference())
                    : payments.ofPracticeAtDesk(operator(), practice.getReference());
        }
        return paymentsRead;
    }

    public List<StampDuty> stamps(Practice practice) {
        if (stampsRead == null) {
            stampsRead = isCitizenView() ? payments.stampsOf(citizen.fiscalCode(), practice.getReference())
                    : payments.stampsAtDesk(operator(), practice.getReference());
        }
        return stampsRead;
    }

    /** The citizen sees his or her own practice; anybody else is the desk. */
    public boolean isCitizenView() {
        return citizen.isLoggedIn();
    }

    /** "Paga": to the checkout for the practice's open position, and back to the practice. */
    public void pay(String reference) throws IOException {
        Payment payment = payments.toPay(citizen.fiscalCode(), reference);
        if (payment.getState() == PaymentState.ERROR) {
            Messages.addGlobalError("payment.creation_failed");
            return;
        }
        checkout.go(List.of(payment.getIud()), Receipts.PRACTICE_PAGE + reference + "&scheda=pagamento");
    }

    private String operator() {
        return security.getCallerPrincipal().getName();
    }
}
