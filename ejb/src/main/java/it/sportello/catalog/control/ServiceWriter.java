package it.sportello.catalog.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.platform.BusinessException;

/**
 * Saves a service from its descriptor: for the administrators, through the catalog's boundaries,
 * and for the demo catalog loaded at startup, when nobody is logged in for the boundaries' roles
 * to let through.
 */
@Dependent
public class ServiceWriter {

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the service the descriptor describes, or updates the one with its code: the card,
     * the settings and the classification. Codes of offices, categories and topics must exist.
     */
    public Service save(ServiceDescriptor descriptor) {
        if (descriptor.title() == null
                || descriptor.title().localized() == null
                || descriptor.summary() == null
                || descriptor.summary().localized() == null) {
            throw new BusinessException("service.title.required");
        }
        Service service = byCode(Service.BY_CODE, Service.class, descriptor.code())
                .orElseGet(() -> {
                    Service created = new Service(
                            descriptor.code(),
                            descriptor.title().localized(),
                            descriptor.summary().localized());
                    em.persist(created);
                    return created;
                });
        service.describe(descriptor.title().localized(), descriptor.summary().localized());
        service.configure(
                descriptor.status(),
                descriptor.scheduledFrom(),
                descriptor.scheduledUntil(),
                descriptor.accessLevel(),
                descriptor.paymentMode(),
                descriptor.workflow(),
                descriptor.maxResponseDays());
        service.entrust(
                descriptor.office() == null ? null : required(Office.BY_CODE, Office.class, descriptor.office()));
        service.classify(
                nullToEmpty(descriptor.categories()).stream()
                        .map(code -> required(Category.BY_CODE, Category.class, code))
                        .toList(),
                nullToEmpty(descriptor.topics()).stream()
                        .map(code -> required(Topic.BY_CODE, Topic.class, code))
                        .toList(),
                nullToEmpty(descriptor.audiences()));
        service.link(descriptor.externalUrl(), descriptor.calendar(), descriptor.featured());
        service.allowWithdrawal(descriptor.allowsWithdrawal());
        for (CardSection section : CardSection.values()) {
            ServiceDescriptor.Text text =
                    descriptor.card() == null ? null : descriptor.card().section(section);
            service.writeCard(section, text == null ? null : text.localized());
        }
        return service;
    }

    private <T> T required(String query, Class<T> type, String code) {
        return byCode(query, type, code).orElseThrow(() -> new BusinessException("catalog.code.unknown", code));
    }

    private <T> Optional<T> byCode(String query, Class<T> type, String code) {
        return em.createNamedQuery(query, type)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
