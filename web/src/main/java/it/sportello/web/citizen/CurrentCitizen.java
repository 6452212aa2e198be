package it.sportello.web.citizen;

import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;

/**
 * The citizen logged in for this request, if any. Every citizen page reads "who" from here, never
 * from a request parameter, so that nobody can see somebody else's data by changing a URL.
 */
@Named
@RequestScoped
public class CurrentCitizen {

    @Inject
    SecurityContext security;

    @EJB
    Citizens citizens;

    private Optional<Citizen> citizen;

    public boolean isLoggedIn() {
        return find().isPresent();
    }

    public Optional<Citizen> find() {
        if (citizen == null) {
            citizen = security.isCallerInRole(Roles.CITIZEN) ? citizens.current() : Optional.empty();
        }
        return citizen;
    }

    /** The logged-in citizen; only for pages that require one. */
    public Citizen get() {
        return find().orElseThrow(() -> new IllegalStateException("No citizen is logged in"));
    }

    public FiscalCode fiscalCode() {
        return get().getFiscalCode();
    }
}
