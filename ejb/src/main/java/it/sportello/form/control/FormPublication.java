package it.sportello.form.control;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import it.sportello.catalog.entity.Service;
import it.sportello.form.entity.FormVersion;
import it.sportello.platform.BusinessException;

/**
 * Publishes the form of a service: a definition is checked, and each publication is a new
 * numbered version; published versions are never changed. For the administrators, through the
 * form component's boundaries, and for the demo forms loaded at startup, when nobody is logged in
 * for the boundaries' roles to let through.
 */
@Dependent
public class FormPublication {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Publishes the definition as the service's next version, unless it equals the current one
     * (then the current version is returned and nothing changes).
     */
    public FormVersion publish(String serviceCode, String definition, String publisher) {
        Service service = em.createNamedQuery(Service.BY_CODE, Service.class)
                .setParameter("code", serviceCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("catalog.code.unknown", serviceCode));
        String normalized = normalize(definition);
        Optional<FormVersion> current = current(service);
        if (current.isPresent() && current.get().getDefinition().equals(normalized)) {
            return current.get();
        }
        int next = em.createNamedQuery(FormVersion.LATEST_NUMBER, Integer.class)
                        .setParameter("service", service)
                        .getSingleResult()
                + 1;
        FormVersion version = new FormVersion(service, next, normalized, clock.instant(), publisher);
        em.persist(version);
        return version;
    }

    private Optional<FormVersion> current(Service service) {
        return em.createNamedQuery(FormVersion.OF_SERVICE, FormVersion.class)
                .setParameter("service", service)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The definition as the writer spells it, so that an unchanged form is recognised whatever
     * its indentation.
     *
     * @throws InvalidFormDefinitionException with every problem of the definition
     */
    private static String normalize(String definition) {
        return FormDefinitions.toJson(FormDefinitions.parse(definition));
    }
}
