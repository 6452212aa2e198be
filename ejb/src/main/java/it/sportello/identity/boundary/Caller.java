package it.sportello.identity.boundary;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;

/**
 * Who calls a boundary, as the container knows them: the person who logged in on the web, or
 * whoever a test logged in as. Boundaries take no caller as an argument; they ask this.
 *
 * <p>It reads the context of the enterprise bean being called ({@code java:comp/EJBContext}), the
 * same identity the container checks {@code @RolesAllowed} against. (Jakarta Security's
 * {@code SecurityContext} reads the web request instead, and while an error page is rendered on
 * Payara it answers nobody for a caller the bean still knows.) So it works inside a boundary's
 * call, and in the controls that call runs.
 *
 * <p>The container refuses a caller without the boundary's roles before its method runs, so a
 * question this class refuses is a boundary that declares the wrong roles: that is a fault of the
 * code ({@link IllegalStateException}), never an answer to a person.
 */
@Dependent
public class Caller {

    /** The username of the member of staff calling. */
    public String staff() {
        EJBContext context = context();
        if (!context.isCallerInRole(Roles.OPERATOR)
                && !context.isCallerInRole(Roles.MANAGER)
                && !context.isCallerInRole(Roles.ADMIN)) {
            throw new IllegalStateException("A boundary for staff lets others in: declare its roles");
        }
        return context.getCallerPrincipal().getName();
    }

    /** The codice fiscale of the citizen calling. */
    public FiscalCode citizen() {
        EJBContext context = context();
        if (!context.isCallerInRole(Roles.CITIZEN)) {
            throw new IllegalStateException("A boundary for citizens lets others in: declare its roles");
        }
        return FiscalCode.of(context.getCallerPrincipal().getName());
    }

    public boolean is(String role) {
        return context().isCallerInRole(role);
    }

    private static EJBContext context() {
        try {
            return InitialContext.doLookup("java:comp/EJBContext");
        } catch (NamingException e) {
            throw new IllegalStateException("The caller is known inside a call of an enterprise bean only", e);
        }
    }
}
