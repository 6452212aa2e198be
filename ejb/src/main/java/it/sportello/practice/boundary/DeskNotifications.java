package it.sportello.practice.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * After the desk's work has committed, and only then: mails the citizen and the service's
 * operators about each action, and routes just-sent practices to their office. A rolled-back
 * action mails nothing, and a slow mail server never holds an operator's transaction.
 */
@ApplicationScoped
public class DeskNotifications {

    @EJB
    DeskMails mails;

    @EJB
    PracticeDesk desk;

    void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeDeskEvent event) {
        mails.notify(event);
    }

    void route(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeSent sent) {
        desk.route(sent.reference());
    }
}
