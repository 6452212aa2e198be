package it.sportello.payment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The shared secret an intermediary's notification carries, compared in constant time. */
public final class NotificationToken {

    public static final String HEADER = "X-Sportello-Notification-Token";

    /** The setting that holds the secret. */
    public static final String SETTING = "sportello.payment.notification-token";

    /**
     * The secret of the embedded default, known to anybody who reads the settings file: it serves the
     * demonstration and the simulated intermediary, and nothing else.
     */
    public static final String DEMO = "simulated-intermediary-token";

    private NotificationToken() {}

    public static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why the configured secret cannot guard the notifications, if it cannot: it is empty (an empty
     * header would match it), or it is still the demonstration's outside a demonstration.
     */
    public static Optional<String> problem(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            return Optional.of(
                    SETTING + " is empty: set the secret the pagoPA intermediary sends with its notifications");
        }
        if (!demo && DEMO.equals(configured.strip())) {
            return Optional.of(
                    SETTING + " is still the demonstration's \"" + DEMO + "\" while sportello.demo.enabled=false:"
                            + " anybody could mark a payment as paid; set a secret of your own, shared with the pagoPA intermediary");
        }
        return Optional.empty();
    }
}
