package it.sportello.testing;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;

/**
 * Makes an in-container test act as somebody. It logs in through the application's own
 * authentication mechanism, with a credential only {@link TestIdentityStore} accepts, so that
 * the boundaries see the caller exactly as they see a person who logged in on the web, and the
 * container checks the caller's roles. The login lasts until the test ends or logs in again;
 * tasks given to a managed executor run as the same caller.
 */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityContext security;

    /** Read directly, so that looking up a test's member of staff needs no role of its own. */
    @PersistenceContext
    EntityManager em;

    /** From now on, in this test, the caller is this citizen. */
    public void asCitizen(FiscalCode citizen) {
        as(citizen.value(), Roles.CITIZEN);
    }

    /** From now on, in this test, the caller is this member of staff, with the roles of their account. */
    public void asStaff(String username) {
        Set<StaffRole> roles = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getSingleResult()
                .getRoles();
        as(
                username,
                roles.stream()
                        .map(StaffRole::roleName)
                        .collect(Collectors.toSet())
                        .toArray(String[]::new));
    }

    /** From now on, in this test, the caller is {@code name} with these groups, which are the roles. */
    public void as(String name, String... groups) {
        TestExchange.Exchange exchange = TestExchange.current();
        AuthenticationStatus status = security.authenticate(
                exchange.request(),
                exchange.response(),
                AuthenticationParameters.withParams().credential(new TestLogin(name, Set.of(groups))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not log in as " + name + ": " + status);
        }
    }

    /** From now on, in this test, nobody is logged in. */
    public void anonymous() {
        try {
            TestExchange.current().request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
