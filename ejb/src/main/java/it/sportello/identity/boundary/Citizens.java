package it.sportello.identity.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.IdentityDocument;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Roles;

/**
 * Citizens as the desk knows them: created at their first login through a digital identity,
 * refreshed at every later one, and their own profile, which only the citizen calling reads and
 * changes.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Citizens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /**
     * A citizen has logged in: the one with this codice fiscale, created when new. Runs at login,
     * before anybody is known.
     */
    @PermitAll
    public Citizen signIn(
            @NotNull FiscalCode fiscalCode, @NotNull PersonalData data, @NotNull AuthMethod method, String level) {
        Citizen citizen = find(fiscalCode).orElseGet(() -> {
            Citizen created = new Citizen(fiscalCode, data);
            em.persist(created);
            return created;
        });
        citizen.signedIn(data, method, level, clock.instant());
        return citizen;
    }

    /** The citizen calling, as their last login left them; none before their first. */
    public Optional<Citizen> current() {
        return find(caller.citizen());
    }

    /** Saves the profile of the citizen calling. */
    public Citizen updateProfile(
            @NotNull @Valid Contacts contacts,
            @NotNull @Valid Address residence,
            @NotNull @Valid Address domicile,
            @NotNull @Valid IdentityDocument document) {
        FiscalCode fiscalCode = caller.citizen();
        Citizen citizen = find(fiscalCode).orElseThrow(() -> new UnknownCitizenException(fiscalCode));
        citizen.updateProfile(contacts, residence, domicile, document);
        return citizen;
    }

    private Optional<Citizen> find(FiscalCode fiscalCode) {
        return em.createNamedQuery(Citizen.BY_FISCAL_CODE, Citizen.class)
                .setParameter("fiscalCode", fiscalCode)
                .getResultStream()
                .findFirst();
    }
}
