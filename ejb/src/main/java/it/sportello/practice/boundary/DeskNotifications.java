package it.sportello.practice.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Mails the citizen and the service's operators about each desk action once it has committed,
 * and only then: a rolled-back action mails nothing, and the mails go out on their own thread.
 * Routes a practice to its office as it is sent, within the sending.
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

    void route(@Observes PracticeSent sent) {
        desk.route(sent.reference());
    }
}
