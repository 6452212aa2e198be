package it.sportello.practice.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Mails the citizen and the service's operators about each desk action: the mails are queued in
 * the outbox within the action's transaction, so a rolled-back action mails nothing.
 * Routes a practice to its office as it is sent, within the sending.
 */
@ApplicationScoped
public class DeskNotifications {

    @EJB
    DeskMails mails;

    @EJB
    Routings routings;

    void mail(@Observes PracticeDeskEvent event) {
        mails.notify(event);
    }

    void route(@Observes PracticeSent sent) {
        routings.route(sent.reference());
    }
}
