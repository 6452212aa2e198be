package it.sportello.protocol.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import it.sportello.platform.Reachability;
import it.sportello.platform.time.Clocks;
import it.sportello.protocol.entity.ProtocolCounter;
import it.sportello.protocol.entity.ProtocolEntry;

/**
 * The municipality's own protocol register, in the application's database: numbers start again
 * at 1 every year and come without gaps, because each is taken from the year's counter row held
 * with a pessimistic write lock in the same transaction that writes the entry and records the
 * registration; a transaction that rolls back gives its number back. Entries are never changed.
 */
@Stateless
@LocalBean
public class MunicipalRegister implements ProtocolRegister {

    public static final String NAME = "municipal";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Receipt register(Submission submission) {
        ProtocolEntry earlier = em.createNamedQuery(ProtocolEntry.BY_REGISTRATION, ProtocolEntry.class)
                .setParameter("registrationId", submission.registrationId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (earlier != null) {
            return new Receipt(earlier.getYear(), earlier.getNumber(), earlier.getRegisteredAt());
        }
        Instant now = clock.instant();
        int year = now.atZone(Clocks.ITALY).getYear();
        ProtocolCounter counter = em.find(ProtocolCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                context.getBusinessObject(MunicipalRegister.class).openYear(year);
            } catch (EJBException e) {
                // another server opened the year at the same moment: its counter is the one
            }
            counter = em.find(ProtocolCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        int number = counter.next();
        em.persist(new ProtocolEntry(
                year,
                number,
                submission.registrationId(),
                now,
                submission.direction(),
                submission.subject(),
                submission.correspondent(),
                submission.dossierCode(),
                String.join("\n", submission.documents())));
        return new Receipt(year, number, now);
    }

    /** The year's counter, created in a transaction of its own; when another server created it first, that one stays. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openYear(int year) {
        if (em.find(ProtocolCounter.class, year) == null) {
            em.persist(new ProtocolCounter(year));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** In the application's own database: reachable whenever the desk is ready at all. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Reachability reachability() {
        return Reachability.reached(NAME);
    }
}
