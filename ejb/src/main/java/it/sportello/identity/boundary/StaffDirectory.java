package it.sportello.identity.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.identity.control.LoginFailures;
import it.sportello.identity.control.LoginThrottle;
import it.sportello.identity.control.StaffAccounts;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;

/**
 * The accounts of municipal staff and the check of their passwords at login. Managing accounts
 * is for those who manage operators; the login check runs before anybody is known.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginFailures failures;

    /**
     * What checking a password found. A refusal never says why: a wrong password, an unknown
     * username, an account without a password and a suspended address look the same.
     */
    public record LoginResult(Outcome outcome, Set<StaffRole> roles) {

        public enum Outcome {
            ACCEPTED,
            REJECTED
        }

        static LoginResult accepted(StaffAccount account) {
            return new LoginResult(Outcome.ACCEPTED, account.getRoles());
        }

        static LoginResult rejected() {
            return new LoginResult(Outcome.REJECTED, Set.of());
        }
    }

    public StaffAccount create(@NotNull @Valid StaffAccount account) {
        return accounts.create(account);
    }

    /**
     * The e-mail addresses of the administrators, who are told of what the background jobs gave
     * up on. Called by the background jobs, which run with no logged-in caller.
     */
    @PermitAll
    public List<String> administratorEmails() {
        return em.createQuery(
                        "SELECT a.email FROM StaffAccount a JOIN a.roles r WHERE r = :admin AND a.email IS NOT NULL"
                                + " ORDER BY a.username",
                        String.class)
                .setParameter("admin", StaffRole.ADMIN)
                .getResultList();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Optional<StaffAccount> find(String account) {
        return accounts.find(account);
    }

    /**
     * A member of staff as people read them, "Olga Operatrice" for {@code olga.op}: citizens too
     * read who registered their payment. A username no account has any more is given as it is.
     */
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public String displayName(String account) {
        return accounts.find(account).map(StaffAccount::getDisplayName).orElse(account);
    }

    public void setPassword(@NotNull String account, @NotNull char[] password) {
        StaffAccount found =
                accounts.find(account).orElseThrow(() -> new IllegalArgumentException("No account " + account));
        accounts.setPassword(found, password);
    }

    /**
     * Checks a password given from a client address. Every call verifies exactly one hash of the
     * same cost (the account's, or a dummy one for an unknown username or an account without a
     * password) before anything else is decided, so that neither the answer nor the work done tells
     * which usernames exist. Wrong passwords suspend the username from that address only
     * ({@link LoginThrottle}); the account itself is never locked for everyone. Runs at login,
     * before anybody is known.
     */
    @PermitAll
    public LoginResult verifyPassword(String account, char[] password, String clientAddress) {
        Instant now = clock.instant();
        Optional<StaffAccount> found = accounts.find(account).filter(StaffAccount::hasPassword);
        boolean matches = accounts.matches(found, password);
        if (throttle.isSuspended(account, clientAddress, now)) {
            failures.staff();
            return LoginResult.rejected();
        }
        if (found.isEmpty() || !matches) {
            throttle.failed(account, clientAddress, now);
            failures.staff();
            return LoginResult.rejected();
        }
        throttle.succeeded(account, clientAddress);
        StaffAccount locked = em.find(StaffAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        locked.loginSucceeded(now);
        return LoginResult.accepted(locked);
    }
}
