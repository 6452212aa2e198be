package it.sportello.platform.time;

import java.time.Duration;
import java.time.Instant;

/** When to try again after failures: the first wait after the first failure, twice as long after each further one. */
public final class Backoff {

    private Backoff() {}

    /** The moment of the next attempt after {@code failures} failures (at least 1), the last one {@code now}. */
    public static Instant next(Instant now, Duration first, int failures) {
        return now.plus(first.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20)));
    }

    /** An error text cut to fit its column. */
    public static String reason(String error, int length) {
        String text = error == null ? "?" : error;
        return text.length() > length ? text.substring(0, length) : text;
    }
}
