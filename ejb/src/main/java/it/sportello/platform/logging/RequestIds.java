package it.sportello.platform.logging;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the work a thread is doing: one HTTP request (the web module's filter opens it), or a
 * chunk of a background job ({@code job-<execution id>}). Every log line of the desk written
 * meanwhile carries it ({@link Logs}), so that the lines of one request can be found together.
 */
public final class RequestIds {

    /** What a client or a proxy may hand over as the id of its request: letters, digits and dashes. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    /** The given id when it is one the desk accepts (a proxy's {@code X-Request-Id}), else a new one. */
    public static String acceptOrCreate(String given) {
        return given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    /**
     * From now on, until the scope is closed, this thread's lines carry {@code id}; none if it is
     * {@code null} (work handed on by a thread that had none).
     */
    public static Scope open(String id) {
        String outer = CURRENT.get();
        if (id == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(id);
        }
        return () -> {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        };
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The time an id is in force; closing it gives the thread back its earlier id, if any. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
