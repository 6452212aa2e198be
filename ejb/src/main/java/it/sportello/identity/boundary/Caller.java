package it.sportello.identity.boundary;

import java.security.Principal;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;

/**
 * Who calls a boundary, as the container knows them: the person who logged in on the web, or
 * whoever a test logged in as. Boundaries take no caller as an argument; they ask this.
 */
@Dependent
public class Caller {

    @Inject
    SecurityContext security;

    /** The username of the member of staff calling. */
    public String staff() {
        return name();
    }

    /** The codice fiscale of the citizen calling. */
    public FiscalCode citizen() {
        if (!security.isCallerInRole(Roles.CITIZEN)) {
            throw new EJBAccessException("Not a citizen");
        }
        return FiscalCode.of(name());
    }

    /** The caller's name; refused when nobody logged in. */
    public String name() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new EJBAccessException("Nobody logged in");
        }
        return principal.getName();
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }
}
