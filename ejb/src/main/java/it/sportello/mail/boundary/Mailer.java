package it.sportello.mail.boundary;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.mail.entity.OutgoingMail;

/**
 * Every e-mail of the application goes through here: it is stored in the outbox within the
 * caller's transaction (so a business change and its mail commit or roll back together) and
 * delivered once that transaction has committed, then by the outbox job until the mail server
 * takes it. A mail server that is down delays mail and loses none.
 */
@Stateless
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** Queues a plain-text message. */
    public void send(String to, String subject, String text) {
        queue(new OutgoingMail(to, subject, text, clock.instant()));
    }

    /** Queues a plain-text message with one file attached (e.g. a receipt as PDF). */
    public void send(String to, String subject, String text, String fileName, String mediaType, byte[] file) {
        queue(new OutgoingMail(to, subject, text, fileName, mediaType, file, clock.instant()));
    }

    private void queue(OutgoingMail mail) {
        em.persist(mail);
        queued.fire(new MailQueued(mail.getId()));
    }
}
