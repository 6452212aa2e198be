package it.sportello.catalog.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.control.ServiceDescriptor;
import it.sportello.catalog.control.ServiceSearch;
import it.sportello.catalog.control.ServiceWriter;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.Topic;
import it.sportello.identity.entity.Roles;

/**
 * The service catalog as the public site and the administrators see it: categories, topics,
 * offices and services, the search citizens use, and saving a service from its descriptor.
 * Anybody reads the public catalog, anonymous visitors included; administrators write it.
 */
@Stateless
@PermitAll
public class Catalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceWriter writer;

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

    @RolesAllowed(Roles.ADMIN)
    public Category addCategory(@NotNull @Valid Category category) {
        em.persist(category);
        return category;
    }

    @RolesAllowed(Roles.ADMIN)
    public Topic addTopic(@NotNull @Valid Topic topic) {
        em.persist(topic);
        return topic;
    }

    @RolesAllowed(Roles.ADMIN)
    public Office addOffice(@NotNull @Valid Office office) {
        em.persist(office);
        return office;
    }

    public Optional<Service> service(String code) {
        return em.createNamedQuery(Service.BY_CODE, Service.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Office> office(String code) {
        return byCode(Office.BY_CODE, Office.class, code);
    }

    public Optional<Category> category(String code) {
        return byCode(Category.BY_CODE, Category.class, code);
    }

    /** Every service, private ones included: administrators manage them, managers enable operators for them. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
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
        return allServices().stream()
                .filter(Service::isListed)
                .filter(Service::isFeatured)
                .toList();
    }

    /**
     * Creates the service the descriptor describes, or updates the one with its code: the card,
     * the settings and the classification. Codes of offices, categories and topics must exist.
     */
    @RolesAllowed(Roles.ADMIN)
    public Service save(@NotNull ServiceDescriptor descriptor) {
        return writer.save(descriptor);
    }

    private <T> Optional<T> byCode(String query, Class<T> type, String code) {
        return em.createNamedQuery(query, type)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
