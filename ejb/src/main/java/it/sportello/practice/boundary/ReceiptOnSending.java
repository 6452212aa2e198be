package it.sportello.practice.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Queues the receipt within the sending's transaction: a rolled-back send mails nothing, and the
 * mail outbox delivers the receipt once the sending has committed.
 */
@ApplicationScoped
public class ReceiptOnSending {

    @EJB
    Receipts receipts;

    void mail(@Observes PracticeSent sent) {
        receipts.mail(sent.reference());
    }
}
