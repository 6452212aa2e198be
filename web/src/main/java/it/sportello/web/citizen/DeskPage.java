package it.sportello.web.citizen;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Service;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.Practice;

/**
 * Backing bean of {@code /area-personale/index.xhtml}, the citizen's desk ("scrivania"): the
 * services in evidence and the practices the citizen touched last.
 */
@Named
@RequestScoped
public class DeskPage {

    /** How many practices the desk shows; the rest are in "Le mie pratiche". */
    static final int RECENT = 5;

    @EJB
    Catalog catalog;

    @EJB
    Practices practices;

    private List<Service> featured;
    private List<Practice> recent;

    public List<Service> getFeatured() {
        if (featured == null) {
            featured = catalog.featured();
        }
        return featured;
    }

    public List<Practice> getRecent() {
        if (recent == null) {
            recent = practices.recent(RECENT);
        }
        return recent;
    }
}
