package it.sportello.payment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared secret an intermediary's notification carries, compared in constant time. */
public final class NotificationToken {

    public static final String HEADER = "X-Sportello-Notification-Token";

    private NotificationToken() {
    }

    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
