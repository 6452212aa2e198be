package it.sportello.mail.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.identity.entity.Roles;
import it.sportello.mail.control.SmtpTransport;
import it.sportello.mail.entity.OutgoingMail;
import it.sportello.platform.database.IdSlice;
import it.sportello.platform.logging.Logs;
import it.sportello.platform.logging.RequestIds;

/**
 * The mail outbox: delivers stored mails one by one, each in a transaction of its own that holds
 * the mail's row, so that two deliverers (the prompt one after a commit, the job, another server
 * of the cluster) never send the same mail twice. Administrators read it and send mails again,
 * from the job console.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Outbox {

    private static final Logger LOG = Logs.of(Outbox.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpTransport transport;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sportello.jobs.outbox.backoff")
    Duration backoff;

    @Inject
    @ConfigProperty(name = "sportello.jobs.outbox.max-attempts")
    int maxAttempts;

    /**
     * The ids of the slice greater than {@code after} of the mails whose delivery is due, ascending.
     * Called by the background jobs, which run with no logged-in caller.
     */
    @PermitAll
    public List<Long> due(long after, @Min(1) int max, @NotNull IdSlice slice) {
        return em.createNamedQuery(OutgoingMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setParameter("after", after)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Tries to deliver one mail if it is still due, in its own transaction. Returns whether the
     * mail server took it; a refusal is recorded on the mail (next attempt or given up), never thrown.
     * Called by the background jobs, which run with no logged-in caller.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDue(clock.instant())) {
            return false;
        }
        try {
            transport.send(mail);
            mail.sent(clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.failed(String.valueOf(e.getMessage()), clock.instant(), backoff, maxAttempts);
            // the server's answer, which may name the recipient, is kept with the mail, not in the log
            LOG.log(
                    Level.WARNING,
                    () -> "Mail " + id + " not delivered (attempt " + mail.getAttempts() + "): "
                            + e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Delivers a mail just queued, on a thread of its own: after the commit of whoever queued it,
     * a visitor not logged in or a background job as well as a citizen or a member of staff.
     */
    @PermitAll
    @Asynchronous
    public void deliverSoon(long id, String requestId) {
        try (RequestIds.Scope scope = RequestIds.open(requestId)) {
            deliver(id);
        }
    }

    public List<OutgoingMail> list(@NotNull OutgoingMail.Status status, @Min(0) int first, @Min(1) int max) {
        return em.createNamedQuery(OutgoingMail.BY_STATUS, OutgoingMail.class)
                .setParameter("status", status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(@NotNull OutgoingMail.Status status) {
        return em.createNamedQuery(OutgoingMail.COUNT_BY_STATUS, Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** An administrator sends a failed or waiting mail again now, with its attempts starting over. */
    public void retryNow(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail != null) {
            mail.retryNow(clock.instant());
        }
    }

    /** Every mail still waiting is due now: after the mail server is back, nobody waits for the backoff. */
    public int retryAllWaiting() {
        List<OutgoingMail> waiting = em.createNamedQuery(OutgoingMail.BY_STATUS, OutgoingMail.class)
                .setParameter("status", OutgoingMail.Status.PENDING)
                .getResultList();
        waiting.forEach(mail -> mail.retryNow(clock.instant()));
        return waiting.size();
    }
}
