package it.sportello.identity.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.identity.control.LoginThrottle;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;

/**
 * The accounts of municipal staff and the check of their passwords, hashed with PBKDF2.
 */
@Stateless
public class StaffDirectory {

    /** OWASP's recommendation for PBKDF2 with HMAC-SHA512 (2023). */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    /**
     * What checking a password found. A refusal never says why: a wrong password, an unknown
     * username, an account without a password and a suspended address look the same.
     */
    public record LoginResult(Outcome outcome, Set<StaffRole> roles) {

        public enum Outcome {
            ACCEPTED, REJECTED
        }

        static LoginResult accepted(StaffAccount account) {
            return new LoginResult(Outcome.ACCEPTED, account.getRoles());
        }

        static LoginResult rejected() {
            return new LoginResult(Outcome.REJECTED, Set.of());
        }
    }

    /** A hash of a random password, checked when the username is unknown. */
    private String dummyHash;

    @PostConstruct
    void configureHash() {
        hash.initialize(HASH_PARAMETERS);
        dummyHash = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public StaffAccount create(@NotNull @Valid StaffAccount account) {
        em.persist(account);
        return account;
    }

    /** The e-mail addresses of the administrators, who are told of what the background jobs gave up on. */
    public List<String> administratorEmails() {
        return em.createQuery("SELECT a.email FROM StaffAccount a JOIN a.roles r WHERE r = :admin AND a.email IS NOT NULL"
                + " ORDER BY a.username", String.class).setParameter("admin", StaffRole.ADMIN).getResultList();
    }

    public Optional<StaffAccount> find(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", normalize(username))
                .getResultStream()
                .findFirst();
    }

    public Optional<StaffAccount> findByUsernameOrEmail(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return Optional.empty();
        }
        String wanted = usernameOrEmail.strip();
        return find(wanted).or(() -> em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", wanted.toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst());
    }

    public void setPassword(@NotNull String username, @NotNull char[] password) {
        StaffAccount account = find(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
        account.changePasswordHash(hash.generate(password));
    }

    /**
     * Checks a password given from a client address. Every call verifies exactly one hash of the
     * same cost (the account's, or a dummy one for an unknown username or an account without a
     * password) before anything else is decided, so that neither the answer nor the work done tells
     * which usernames exist. Wrong passwords suspend the username from that address only
     * ({@link LoginThrottle}); the account itself is never locked for everyone.
     */
    public LoginResult verifyPassword(String username, char[] password, String clientAddress) {
        Instant now = clock.instant();
        Optional<StaffAccount> found = find(username).filter(StaffAccount::hasPassword);
        boolean matches = hash.verify(password, found.map(StaffAccount::getPasswordHash).orElse(dummyHash));
        if (throttle.isSuspended(username, clientAddress, now)) {
            return LoginResult.rejected();
        }
        if (found.isEmpty() || !matches) {
            throttle.failed(username, clientAddress, now);
            return LoginResult.rejected();
        }
        throttle.succeeded(username, clientAddress);
        StaffAccount account = em.find(StaffAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        account.loginSucceeded(now);
        return LoginResult.accepted(account);
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

}
