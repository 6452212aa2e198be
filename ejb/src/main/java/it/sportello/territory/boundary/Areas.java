package it.sportello.territory.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.PostalAddress;
import it.sportello.identity.entity.Roles;
import it.sportello.platform.BusinessException;
import it.sportello.territory.control.Zoning;
import it.sportello.territory.entity.Area;

/**
 * The municipality's geographic areas: managers keep them, the desk's list filters practices by
 * them, and a practice is placed in one when it is sent, from the addresses its form holds
 * ({@link Zoning}).
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class Areas {

    @PersistenceContext
    EntityManager em;

    /** In their order, for every member of staff: the desk's list filters by them. */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<Area> all() {
        return em.createNamedQuery(Area.ALL, Area.class).getResultList();
    }

    /** A new area as a manager wrote it; its code may not be another area's. */
    public Area create(@NotNull AreaDraft draft) {
        refuseTakenCode(draft.code(), null);
        Area area = new Area(draft.code(), draft.name(), draft.position(), draft.comuneCode());
        area.replaceStreets(draft.streets()).replacePostcodes(draft.postcodes());
        em.persist(area);
        em.flush();
        return area;
    }

    public Optional<Area> find(long id) {
        return Optional.ofNullable(em.find(Area.class, id));
    }

    /**
     * Changes an area as a manager wrote it; its code may not be another area's. Practices
     * already placed stay where they are: the change places the practices sent from now on.
     */
    public Area update(long id, @NotNull AreaDraft draft) {
        Area area = existing(id);
        refuseTakenCode(draft.code(), area);
        area.recode(draft.code())
                .rename(draft.name())
                .moveTo(draft.position())
                .locateIn(draft.comuneCode())
                .replaceStreets(draft.streets())
                .replacePostcodes(draft.postcodes());
        em.flush();
        return area;
    }

    /** Deletes an area with its streets and postcodes; refused while practices are placed in it. */
    public void delete(long id) {
        Area area = existing(id);
        // Named by its entity, so that territory needs no compile-time knowledge of the practice component.
        long placed = em.createQuery("SELECT COUNT(p) FROM Practice p WHERE p.assignment.area = :area", Long.class)
                .setParameter("area", area)
                .getSingleResult();
        if (placed > 0) {
            throw new BusinessException("areas.delete.placed", area.getName(), placed);
        }
        em.remove(area);
        em.flush();
    }

    /** How many practices are placed in each area, by the area's id; an area without any is missing. */
    public Map<Long, Long> practicesPerArea() {
        return em
                .createQuery(
                        "SELECT p.assignment.area.id, COUNT(p) FROM Practice p WHERE p.assignment.area IS NOT NULL"
                                + " GROUP BY p.assignment.area.id",
                        Object[].class)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    /** Where a new area comes by default: after the last one. */
    public int nextPosition() {
        return all().stream().mapToInt(Area::getPosition).max().orElse(-1) + 1;
    }

    private void refuseTakenCode(String code, Area self) {
        String wanted = code == null ? "" : code.strip();
        em.createNamedQuery(Area.BY_CODE, Area.class)
                .setParameter("code", wanted)
                .getResultStream()
                .filter(other -> other != self)
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException("areas.code.taken", wanted, other.getName());
                });
    }

    private Area existing(long id) {
        return find(id).orElseThrow(() -> new BusinessException("areas.unknown", String.valueOf(id)));
    }

    /**
     * The area of the first address field of the form (in form order) whose address is in one:
     * where a practice goes when the citizen sends it, or an operator sends it for them.
     */
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Optional<Area> areaOf(@NotNull FormDefinition definition, @NotNull FormData data) {
        List<PostalAddress> addresses = definition.fields().stream()
                .filter(field -> field.kind() == FieldKind.ADDRESS)
                .map(field -> data.get(field.id(), PostalAddress.class))
                .flatMap(Optional::stream)
                .toList();
        return addresses.isEmpty() ? Optional.empty() : Zoning.areaOf(all(), addresses);
    }
}
