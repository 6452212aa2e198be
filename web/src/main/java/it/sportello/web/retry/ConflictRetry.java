package it.sportello.web.retry;

import java.io.Serializable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import it.sportello.platform.database.Conflicts;
import it.sportello.platform.logging.Logs;

/**
 * Runs a {@link RetriedOnConflict} action again when its transaction lost a race, up to
 * {@link #ATTEMPTS} times in all, after a short random pause that lets the winner commit and keeps
 * the losers from meeting again. Each call into a boundary is a transaction of its own, so the
 * repeated action starts from what the winner committed. Any other failure, or the last lost
 * race, goes on as it came.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ConflictRetry implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ATTEMPTS = 4;
    static final long MAX_PAUSE_MS = 50;

    private static final Logger LOG = Logs.of(ConflictRetry.class);

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !Conflicts.lostRace(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "{0} lost a race, attempt {1} of {2}", new Object[] {
                    invocation.getMethod().getName(), attempt, ATTEMPTS
                });
                TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, MAX_PAUSE_MS * attempt));
            }
        }
    }
}
