package it.sportello.catalog.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.entity.Category;

/**
 * The service catalog as the public site and the administrators see it.
 */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(Category.COUNT, Long.class).getSingleResult() == 0;
    }

    public Category addCategory(@NotNull @Valid Category category) {
        em.persist(category);
        return category;
    }
}
