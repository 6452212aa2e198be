package it.sportello.practice.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Mails the receipt once the sending has committed, and only then: a rolled-back send mails
 * nothing. {@link Receipts#mail} runs asynchronously, in a transaction of its own, because the
 * sending's transaction is over when this observer is called.
 */
@ApplicationScoped
public class ReceiptOnSending {

    @EJB
    Receipts receipts;

    void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeSent sent) {
        receipts.mail(sent.reference());
    }
}
