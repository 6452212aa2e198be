package it.sportello.mail.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.mail.entity.MailFile;
import it.sportello.mail.entity.OutgoingMail;

/**
 * Every e-mail of the application goes through here: it is stored in the outbox within the
 * caller's transaction (so a business change and its mail commit or roll back together) and
 * delivered once that transaction has committed, then by the outbox job until the mail server
 * takes it. A mail server that is down delays mail and loses none.
 * <p>
 * Every component mails through here, whoever it runs for: visitors not logged in (a password
 * link, a booking), citizens, staff, and the background jobs, which run with no logged-in caller.
 */
@Stateless
@PermitAll
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

    /** A file attached to a message. */
    public record Attachment(String fileName, String mediaType, byte[] content) {}

    /** Queues a plain-text message with one file attached (e.g. a receipt as PDF). */
    public void send(String to, String subject, String text, String fileName, String mediaType, byte[] file) {
        send(to, subject, text, List.of(new Attachment(fileName, mediaType, file)));
    }

    /** Queues a plain-text message with files attached (e.g. a receipt as PDF and a calendar file). */
    public void send(String to, String subject, String text, List<Attachment> files) {
        queue(new OutgoingMail(
                to,
                subject,
                text,
                files.stream()
                        .map(file -> new MailFile(file.fileName(), file.mediaType(), file.content()))
                        .toList(),
                clock.instant()));
    }

    private void queue(OutgoingMail mail) {
        em.persist(mail);
        queued.fire(new MailQueued(mail.getId()));
    }
}
