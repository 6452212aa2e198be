package it.sportello.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Category;
import it.sportello.catalog.entity.Service;

/** Backing bean of the home page ({@code /index.xhtml}). */
@Named
@RequestScoped
public class HomePage {

    @EJB
    Catalog catalog;

    private List<Category> categories;
    private List<Service> featured;

    public List<Category> getCategories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }

    /** The services the municipality puts first ("Servizi in evidenza"). */
    public List<Service> getFeatured() {
        if (featured == null) {
            featured = catalog.featured();
        }
        return featured;
    }
}
