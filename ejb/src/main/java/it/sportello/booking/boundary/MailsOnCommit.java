package it.sportello.booking.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Mails an appointment's change once it has committed, and only then: a rolled-back change mails nothing. */
@ApplicationScoped
public class MailsOnCommit {

    @EJB
    AppointmentMails mails;

    void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentEvent event) {
        mails.mail(event.reference(), event.kind());
    }
}
