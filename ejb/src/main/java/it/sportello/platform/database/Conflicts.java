package it.sportello.platform.database;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Tells a transaction that lost a race with another one, and would succeed if run again, from
 * one that failed for good. A lost race is an optimistic lock that found the row changed, a lock
 * that could not be taken in time, or the database's own verdict: a serialization failure or a
 * deadlock (SQLSTATE 40001 and 40P01; H2 reports deadlocks as 40001).
 */
public final class Conflicts {

    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");

    private Conflicts() {}

    /** Whether {@code failure}, or anything that caused it, is a race lost to another transaction. */
    public static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && RETRYABLE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
