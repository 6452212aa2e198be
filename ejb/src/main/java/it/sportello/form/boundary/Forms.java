package it.sportello.form.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import it.sportello.form.control.FormPublication;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.entity.Roles;

/**
 * The forms of the services. Anybody reads a published form, as the public service cards and the
 * blank forms show it; administrators publish them ({@link FormPublication}) and read their history.
 */
@Stateless
@PermitAll
public class Forms {

    @PersistenceContext
    EntityManager em;

    @Inject
    FormPublication publication;

    @Inject
    Caller caller;

    /**
     * Publishes the definition as the service's next version, by the administrator calling,
     * unless it equals the current one (then the current version is returned and nothing changes).
     */
    @RolesAllowed(Roles.ADMIN)
    public FormVersion publish(@NotBlank String serviceCode, @NotBlank String definition) {
        return publication.publish(serviceCode, definition, caller.staff());
    }

    public Optional<FormVersion> current(@NotBlank String serviceCode) {
        return versions(serviceCode).stream().findFirst();
    }

    /** The versions of the service's form, newest first, with who published each. */
    @RolesAllowed(Roles.ADMIN)
    public List<FormVersion> versions(@NotBlank String serviceCode) {
        return em.createQuery(
                        "SELECT v FROM FormVersion v WHERE v.service.code = :code ORDER BY v.number DESC",
                        FormVersion.class)
                .setParameter("code", serviceCode)
                .getResultList();
    }

    /** The codes of the services that have a published form. */
    public List<String> servicesWithForm() {
        return em.createNamedQuery(FormVersion.SERVICES_WITH_FORM, String.class).getResultList();
    }

    public Optional<FormVersion> version(@NotNull Long id) {
        return Optional.ofNullable(em.find(FormVersion.class, id));
    }
}
