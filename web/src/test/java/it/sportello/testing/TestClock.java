package it.sportello.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import it.sportello.platform.time.Clocks;

/**
 * The clock of the application under test: Italian time, moved ahead by in-container tests that
 * need days or weeks to pass (a draft expiring after 90 days, a reminder after 7), so that they
 * wait for nothing. Part of the tests' deployment only, where it takes the place of
 * {@link Clocks}' producer for every rule and job that reads the time. A test that moves the clock
 * puts it back when it ends: the server is shared by all test classes of a run.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    private static volatile Duration ahead = Duration.ZERO;

    /** From now on the application's time is {@code by} later than the real one. */
    public static void moveAhead(Duration by) {
        ahead = by;
    }

    /** Back to the real time. */
    public static void reset() {
        ahead = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Ahead(Clocks.ITALY);
    }

    /** The system clock plus the offset of the moment: later calls see later moves. */
    static final class Ahead extends Clock {

        private final ZoneId zone;

        Ahead(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Ahead(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
