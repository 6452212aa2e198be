package it.sportello.mail.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import it.sportello.platform.logging.RequestIds;

/**
 * Delivers a queued mail as soon as the transaction that stored it has committed, on a thread of
 * its own, so that mail leaves in seconds and not at the job's next run; what fails here waits
 * for the outbox job. Its log lines carry the id of the request that queued the mail.
 */
@ApplicationScoped
public class PromptDelivery {

    @EJB
    Outbox outbox;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        outbox.deliverSoon(queued.id(), RequestIds.current().orElse(null));
    }
}
