package it.sportello.web.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private final ConflictRetry retry = new ConflictRetry();

    @Test
    void anActionThatLostARaceIsRunAgainAndItsResultReturned() throws Exception {
        Invocation send = new Invocation(lostRace(new OptimisticLockException("service changed")), "sent");

        assertThat(retry.retry(send)).isEqualTo("sent");
        assertThat(send.calls).isEqualTo(2);
    }

    @Test
    void aDeadlockOrASerializationFailureReportedByTheDatabaseIsALostRace() throws Exception {
        Invocation send = new Invocation(
                lostRace(new SQLException("deadlock detected", "40P01")),
                lostRace(new SQLException("could not serialize access", "40001")),
                "sent");

        assertThat(retry.retry(send)).isEqualTo("sent");
        assertThat(send.calls).isEqualTo(3);
    }

    @Test
    void anyOtherFailureGoesOnAtOnce() {
        IllegalStateException refused = new IllegalStateException("form invalid");
        Invocation send = new Invocation(refused, "sent");

        assertThatThrownBy(() -> retry.retry(send)).isSameAs(refused);
        assertThat(send.calls).isEqualTo(1);
    }

    @Test
    void theLastLostRaceGoesOnWhenEveryAttemptLost() {
        List<Object> outcomes = new java.util.ArrayList<>();
        for (int n = 0; n < ConflictRetry.ATTEMPTS; n++) {
            outcomes.add(lostRace(new OptimisticLockException("attempt " + n)));
        }
        Invocation send = new Invocation(outcomes.toArray());

        assertThatThrownBy(() -> retry.retry(send)).isSameAs(outcomes.get(ConflictRetry.ATTEMPTS - 1));
        assertThat(send.calls).isEqualTo(ConflictRetry.ATTEMPTS);
    }

    /** As a boundary's failed commit reaches a page: the container's exception around the provider's. */
    private static Exception lostRace(Exception cause) {
        return new EJBTransactionRolledbackException("transaction rolled back", new RollbackException(cause));
    }

    /** An action that fails or returns, one outcome a call, in order. */
    private static final class Invocation implements InvocationContext {

        private final Deque<Object> outcomes;
        private final Map<String, Object> data = new HashMap<>();
        int calls;

        Invocation(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public Object proceed() throws Exception {
            calls++;
            Object outcome = outcomes.removeFirst();
            if (outcome instanceof Exception failure) {
                throw failure;
            }
            return outcome;
        }

        @Override
        public Method getMethod() {
            try {
                return Invocation.class.getDeclaredMethod("proceed");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object getTarget() {
            return this;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            // an action without parameters
        }

        @Override
        public Map<String, Object> getContextData() {
            return data;
        }
    }
}
