package it.sportello.jobs.boundary;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who runs a schedule slot of a job: the one instance whose update moves the job's lease row to
 * that slot. The database serialises the updates, so of several instances firing for the same
 * slot exactly one gets it, whatever their timing. Called by the jobs' schedules, timers which run
 * with no logged-in caller.
 */
@Stateless
@PermitAll
public class JobLeases {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this caller got the slot (a number that grows with time) of the job. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String job, long slot, String holder) {
        return em.createNativeQuery(
                                "UPDATE job_lease SET slot = ?1, holder = ?2, taken_at = ?3 WHERE job_name = ?4 AND slot < ?1")
                        .setParameter(1, slot)
                        .setParameter(2, holder)
                        .setParameter(3, java.sql.Timestamp.from(clock.instant()))
                        .setParameter(4, job)
                        .executeUpdate()
                == 1;
    }
}
