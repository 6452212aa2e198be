package it.sportello.jobs.boundary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which server runs which job execution, and which servers are alive: each server records in the
 * database, every {@code sportello.jobs.heartbeat}, that it is; an execution still running for the
 * job repository whose server has not been heard of for three heartbeats was interrupted (the
 * server was killed or lost its database). The job repository itself cannot tell: it keeps such
 * an execution "started" for ever, and cannot restart it either (a partitioned step records its
 * partitions only when it ends). A new execution takes over what it left, once: the readers choose
 * only the items still to do, and every writer checks its item again. Called by the jobs'
 * schedules and listeners, which run with no logged-in caller, and by {@link Jobs}.
 */
@Stateless
@PermitAll
public class JobNodes {

    /** Heartbeats missed before a server counts as gone. */
    static final int MISSED_HEARTBEATS = 3;

    @PersistenceContext
    EntityManager em;

    /**
     * Heartbeats are compared with the job repository's own times, which are the server's system
     * time, so they are kept in that time too, whatever the application's {@link Clock} says.
     */
    private final Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "sportello.jobs.heartbeat")
    Duration heartbeat;

    /** How often a server records that it is alive. */
    public Duration heartbeat() {
        return heartbeat;
    }

    /** Records that the server is alive now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void alive(@NotNull String node) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = em.createNativeQuery("UPDATE job_node SET seen_at = ?1 WHERE name = ?2")
                .setParameter(1, now)
                .setParameter(2, node)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO job_node (name, seen_at) VALUES (?1, ?2)")
                    .setParameter(1, node)
                    .setParameter(2, now)
                    .executeUpdate();
        }
    }

    /** Records that the server runs the execution (a new one, or a restart). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void runs(long executionId, @NotNull String node) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = em.createNativeQuery(
                        "UPDATE job_execution_node SET node = ?1, started_at = ?2 WHERE execution_id = ?3")
                .setParameter(1, node)
                .setParameter(2, now)
                .setParameter(3, executionId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO job_execution_node (execution_id, node, started_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, executionId)
                    .setParameter(2, node)
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    /**
     * Of the executions given (those the job repository says are running, each with the moment it
     * was created), the ones whose server has not been heard of for three heartbeats. An execution
     * with no server recorded counts as interrupted once it is that old: its server died before it
     * could say, or it ran before servers were recorded. In a transaction of its own: the
     * caller's may hold a connection of the job repository's pool already.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<Long> interrupted(@NotNull Map<Long, Instant> running) {
        Instant gone = clock.instant().minus(heartbeat.multipliedBy(MISSED_HEARTBEATS));
        return running.entrySet().stream()
                .filter(execution ->
                        execution.getValue() != null && execution.getValue().isBefore(gone))
                .map(Map.Entry::getKey)
                .filter(id -> !heardOf(id, gone))
                .collect(Collectors.toSet());
    }

    /** Of the interrupted executions, those a new execution took over, with the new one's id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, Long> takenOver(@NotNull Set<Long> interrupted) {
        Map<Long, Long> taken = new HashMap<>();
        for (long id : interrupted) {
            List<?> by = em.createNativeQuery(
                            "SELECT taken_over_by FROM job_execution_node WHERE execution_id = ?1 AND taken_over_by IS NOT NULL")
                    .setParameter(1, id)
                    .getResultList();
            if (!by.isEmpty()) {
                taken.put(id, ((Number) by.get(0)).longValue());
            }
        }
        return taken;
    }

    /**
     * Claims the interrupted execution for a take-over; false when someone else did already. The
     * claim is the update of its row, which one caller alone can make.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long interrupted) {
        // an execution whose server died before recording it has no row yet
        em.createNativeQuery("INSERT INTO job_execution_node (execution_id, node, started_at) SELECT ?1, '', ?2"
                        + " WHERE NOT EXISTS (SELECT 1 FROM job_execution_node WHERE execution_id = ?1)")
                .setParameter(1, interrupted)
                .setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
        return em.createNativeQuery(
                                "UPDATE job_execution_node SET taken_over_by = 0 WHERE execution_id = ?1 AND taken_over_by IS NULL")
                        .setParameter(1, interrupted)
                        .executeUpdate()
                == 1;
    }

    /** Records the execution that took over the interrupted one claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordTakeOver(long interrupted, long takingOver) {
        em.createNativeQuery("UPDATE job_execution_node SET taken_over_by = ?1 WHERE execution_id = ?2")
                .setParameter(1, takingOver)
                .setParameter(2, interrupted)
                .executeUpdate();
    }

    private boolean heardOf(long executionId, Instant since) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM job_execution_node e"
                        + " JOIN job_node n ON n.name = e.node WHERE e.execution_id = ?1 AND n.seen_at >= ?2")
                .setParameter(1, executionId)
                .setParameter(2, Timestamp.from(since))
                .getSingleResult();
        return count.longValue() > 0;
    }
}
