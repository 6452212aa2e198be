package it.sportello.form.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FormVersion;
import it.sportello.platform.BusinessException;

/**
 * Publishes the forms of the services. A definition is checked before it is published; each
 * publication is a new numbered version, and published versions are never changed.
 */
@Stateless
public class Forms {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Publishes the definition as the service's next version, unless it equals the current one
     * (then the current version is returned and nothing changes).
     */
    public FormVersion publish(@NotBlank String serviceCode, @NotBlank String definition, @NotBlank String publishedBy) {
        Service service = em.createNamedQuery(Service.BY_CODE, Service.class).setParameter("code", serviceCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("catalog.code.unknown", serviceCode));
        String normalized = FormDefinitionCheck.normalize(definition);
        Optional<FormVersion> current = current(service);
        if (current.isPresent() && current.get().getDefinition().equals(normalized)) {
            return current.get();
        }
        int next = em.createNamedQuery(FormVersion.LATEST_NUMBER, Integer.class).setParameter("service", service)
                .getSingleResult() + 1;
        FormVersion version = new FormVersion(service, next, normalized, clock.instant(), publishedBy);
        em.persist(version);
        return version;
    }

    public Optional<FormVersion> current(@NotBlank String serviceCode) {
        return versions(serviceCode).stream().findFirst();
    }

    /** The versions of the service's form, newest first. */
    public List<FormVersion> versions(@NotBlank String serviceCode) {
        return em.createQuery("SELECT v FROM FormVersion v WHERE v.service.code = :code ORDER BY v.number DESC", FormVersion.class)
                .setParameter("code", serviceCode).getResultList();
    }

    /** The codes of the services that have a published form. */
    public List<String> servicesWithForm() {
        return em.createNamedQuery(FormVersion.SERVICES_WITH_FORM, String.class).getResultList();
    }

    public Optional<FormVersion> version(@NotNull Long id) {
        return Optional.ofNullable(em.find(FormVersion.class, id));
    }

    private Optional<FormVersion> current(Service service) {
        return em.createNamedQuery(FormVersion.OF_SERVICE, FormVersion.class).setParameter("service", service)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
