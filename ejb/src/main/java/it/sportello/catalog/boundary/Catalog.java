package it.sportello.catalog.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.control.ServiceSearch;
import it.sportello.catalog.entity.CardSection;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.platform.BusinessException;

/**
 * The service catalog as the public site and the administrators see it: categories, topics,
 * offices and services, the search citizens use, and saving a service from its descriptor.
 */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery(Topic.ALL, Topic.class).getResultList();
    }

    public List<Office> offices() {
        return em.createNamedQuery(Office.ALL, Office.class).getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(Category.COUNT, Long.class).getSingleResult() == 0;
    }

    public Category addCategory(@NotNull @Valid Category category) {
        em.persist(category);
        return category;
    }

    public Topic addTopic(@NotNull @Valid Topic topic) {
        em.persist(topic);
        return topic;
    }

    public Office addOffice(@NotNull @Valid Office office) {
        em.persist(office);
        return office;
    }

    public Optional<Service> service(String code) {
        return em.createNamedQuery(Service.BY_CODE, Service.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Office> office(String code) {
        return byCode(Office.BY_CODE, Office.class, code);
    }

    public Optional<Category> category(String code) {
        return byCode(Category.BY_CODE, Category.class, code);
    }

    /** Every service, private ones included, for the administrators. */
    public List<Service> allServices() {
        return em.createNamedQuery(Service.ALL, Service.class).getResultList();
    }

    /** The listed services that match the filter, best match first when words were given. */
    public List<Service> search(@NotNull ServiceFilter filter, Locale locale) {
        List<Service> candidates = allServices().stream()
                .filter(Service::isListed)
                .filter(s -> filter.category() == null
                        || s.getCategories().stream().anyMatch(c -> c.getCode().equals(filter.category())))
                .filter(s -> filter.topic() == null
                        || s.getTopics().stream().anyMatch(t -> t.getCode().equals(filter.topic())))
                .filter(s -> filter.audience() == null || s.getAudiences().contains(filter.audience()))
                .toList();
        return new ServiceSearch(filter.text(), locale).rank(candidates);
    }

    public List<Service> featured() {
        return allServices().stream().filter(Service::isListed).filter(Service::isFeatured).toList();
    }

    /**
     * Creates the service the descriptor describes, or updates the one with its code: the card,
     * the settings and the classification. Codes of offices, categories and topics must exist.
     */
    public Service save(@NotNull ServiceDescriptor descriptor) {
        if (descriptor.title() == null || descriptor.title().localized() == null
                || descriptor.summary() == null || descriptor.summary().localized() == null) {
            throw new BusinessException("service.title.required");
        }
        Service service = service(descriptor.code()).orElseGet(() -> {
            Service created = new Service(descriptor.code(), descriptor.title().localized(),
                    descriptor.summary().localized());
            em.persist(created);
            return created;
        });
        service.describe(descriptor.title().localized(), descriptor.summary().localized());
        service.configure(descriptor.status(), descriptor.scheduledFrom(), descriptor.scheduledUntil(),
                descriptor.accessLevel(), descriptor.paymentMode(), descriptor.workflow(),
                descriptor.maxResponseDays());
        service.entrust(descriptor.office() == null ? null : required(Office.BY_CODE, Office.class, descriptor.office()));
        service.classify(
                nullToEmpty(descriptor.categories()).stream().map(code -> required(Category.BY_CODE, Category.class, code)).toList(),
                nullToEmpty(descriptor.topics()).stream().map(code -> required(Topic.BY_CODE, Topic.class, code)).toList(),
                nullToEmpty(descriptor.audiences()));
        service.link(descriptor.externalUrl(), descriptor.calendar(), descriptor.featured());
        service.allowWithdrawal(descriptor.allowsWithdrawal());
        for (CardSection section : CardSection.values()) {
            ServiceDescriptor.Text text = descriptor.card() == null ? null : descriptor.card().section(section);
            service.writeCard(section, text == null ? null : text.localized());
        }
        return service;
    }

    private <T> T required(String query, Class<T> type, String code) {
        return byCode(query, type, code).orElseThrow(() -> new BusinessException("catalog.code.unknown", code));
    }

    private <T> Optional<T> byCode(String query, Class<T> type, String code) {
        return em.createNamedQuery(query, type).setParameter("code", code).getResultStream().findFirst();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
