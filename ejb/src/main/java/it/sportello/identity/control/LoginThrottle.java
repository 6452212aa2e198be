package it.sportello.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wrong staff passwords in a row from one client address suspend further attempts on that
 * username from that address for a while. The count is kept per username and address, never
 * per account: guessing a password from one place is slowed down, but nobody can keep a
 * colleague out by typing wrong passwords for their username, and a username that does not exist
 * is counted exactly like one that does, so the suspension tells nothing about which exist.
 * <p>
 * Kept in memory on each instance: a restart forgets the counts, which only gives an attacker
 * one more round of {@value #MAX_FAILED_LOGINS} guesses.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Wrong passwords in a row from one address that suspend that address for the username. */
    public static final int MAX_FAILED_LOGINS = 5;

    /** How long an address stays suspended, and how long a count of wrong passwords is remembered. */
    public static final Duration SUSPENSION = Duration.ofMinutes(15);

    /** Beyond this many remembered pairs the stale ones are forgotten, so that memory stays bounded. */
    static final int PRUNE_ABOVE = 10_000;

    private record Key(String username, String address) {}

    private record Failures(int count, Instant last, Instant suspendedUntil) {

        boolean suspendsAt(Instant now) {
            return suspendedUntil != null && now.isBefore(suspendedUntil);
        }

        boolean staleAt(Instant now) {
            return !suspendsAt(now) && !now.isBefore(last.plus(SUSPENSION));
        }
    }

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    /** Whether attempts on the username from the address are suspended now. */
    public boolean isSuspended(String username, String address, Instant now) {
        Failures found = failures.get(key(username, address));
        return found != null && found.suspendsAt(now);
    }

    /** A wrong password: the {@value #MAX_FAILED_LOGINS}th in a row suspends the address. */
    public void failed(String username, String address, Instant now) {
        failures.compute(key(username, address), (key, before) -> {
            if (before != null && before.suspendsAt(now)) {
                return before;
            }
            int count = before == null || before.staleAt(now) ? 1 : before.count() + 1;
            return count >= MAX_FAILED_LOGINS
                    ? new Failures(0, now, now.plus(SUSPENSION))
                    : new Failures(count, now, null);
        });
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.staleAt(now));
        }
    }

    /** The right password: the count for this address starts again. */
    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    /** An administrator lifts every suspension of the username, from whatever address. */
    public void release(String username) {
        String wanted = normalize(username);
        failures.keySet().removeIf(key -> key.username().equals(wanted));
    }

    private static Key key(String username, String address) {
        return new Key(normalize(username), address == null ? "" : address);
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
