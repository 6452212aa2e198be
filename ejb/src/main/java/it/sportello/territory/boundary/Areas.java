package it.sportello.territory.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.PostalAddress;
import it.sportello.territory.control.Zoning;
import it.sportello.territory.entity.Area;

/**
 * The municipality's geographic areas: the desk's list filters practices by them, and a practice
 * is placed in one when it is sent, from the addresses its form holds ({@link Zoning}).
 */
@Stateless
public class Areas {

    @PersistenceContext
    EntityManager em;

    /** In their order. */
    public List<Area> all() {
        return em.createNamedQuery(Area.ALL, Area.class).getResultList();
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    public Area create(@NotNull @Valid Area area) {
        em.persist(area);
        return area;
    }

    /** The area of the first address field of the form (in form order) whose address is in one. */
    public Optional<Area> areaOf(@NotNull FormDefinition definition, @NotNull FormData data) {
        List<PostalAddress> addresses = definition.fields().stream().filter(field -> field.kind() == FieldKind.ADDRESS)
                .map(field -> data.get(field.id(), PostalAddress.class)).flatMap(Optional::stream).toList();
        return addresses.isEmpty() ? Optional.empty() : Zoning.areaOf(all(), addresses);
    }
}
