package it.sportello.practice.boundary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;

import it.sportello.catalog.entity.Service;
import it.sportello.identity.boundary.Caller;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.Roles;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.CitizenTab;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;

/**
 * A citizen's practices as the personal area reads them: always those of the citizen calling,
 * never anybody else's.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Practices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The citizen's practice with that reference; another citizen's is unknown. */
    public Practice owned(@NotBlank String reference) {
        FiscalCode citizen = caller.citizen();
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .filter(p -> p.isOwnedBy(citizen))
                .findFirst()
                .orElseThrow(UnknownPracticeException::new);
    }

    /** The citizen's practices in a tab (all when {@code null}), of one service (all when {@code null}), latest first. */
    public List<Practice> of(CitizenTab tab, String serviceCode) {
        // Filtered in the database: a citizen may have years of practices.
        TypedQuery<Practice> query = em.createQuery(
                        "SELECT p FROM Practice p WHERE p.applicant.fiscalCode = :fiscalCode"
                                + (tab == null ? "" : " AND p.status IN :statuses")
                                + (serviceCode == null ? "" : " AND p.service.code = :service")
                                + " ORDER BY p.updatedAt DESC, p.id DESC",
                        Practice.class)
                .setParameter("fiscalCode", caller.citizen());
        if (tab != null) {
            query.setParameter("statuses", tab.statuses());
        }
        if (serviceCode != null) {
            query.setParameter("service", serviceCode);
        }
        return query.getResultList();
    }

    public List<Practice> recent(int howMany) {
        return em.createNamedQuery(Practice.OF_APPLICANT, Practice.class)
                .setParameter("fiscalCode", caller.citizen())
                .setMaxResults(howMany)
                .getResultList();
    }

    /** How many practices the citizen has in each tab. */
    public Map<CitizenTab, Long> counts() {
        return tabs(em.createNamedQuery(Practice.STATUS_COUNTS, Object[].class)
                .setParameter("fiscalCode", caller.citizen()));
    }

    /** How many practices of one service (all when {@code null}) the citizen has in each tab. */
    public Map<CitizenTab, Long> counts(String serviceCode) {
        if (serviceCode == null) {
            return counts();
        }
        return tabs(em.createNamedQuery(Practice.SERVICE_STATUS_COUNTS, Object[].class)
                .setParameter("fiscalCode", caller.citizen())
                .setParameter("service", serviceCode));
    }

    /** The services the citizen has practices of, each once, the latest used first. */
    public List<Service> services() {
        return of(null, null).stream().map(Practice::getService).distinct().toList();
    }

    /** Every file of every practice of the citizen, sent or received, the latest first. */
    public List<Attachment> files() {
        return em.createQuery(
                        "SELECT a FROM Attachment a WHERE a.practice.applicant.fiscalCode = :fiscalCode"
                                + " ORDER BY a.uploadedAt DESC, a.id DESC",
                        Attachment.class)
                .setParameter("fiscalCode", caller.citizen())
                .getResultList();
    }

    /** Counts per status, grouped into the citizen's tabs. */
    private static Map<CitizenTab, Long> tabs(TypedQuery<Object[]> statusCounts) {
        Map<CitizenTab, Long> counts = noneInAnyTab();
        for (Object[] row : statusCounts.getResultList()) {
            counts.merge(CitizenTab.of((PracticeStatus) row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static Map<CitizenTab, Long> noneInAnyTab() {
        Map<CitizenTab, Long> counts = new EnumMap<>(CitizenTab.class);
        for (CitizenTab tab : CitizenTab.values()) {
            counts.put(tab, 0L);
        }
        return counts;
    }

    /** A file of one of the citizen's practices, to download; another citizen's is unknown. */
    public Attachment attachment(@NotBlank String reference) {
        FiscalCode citizen = caller.citizen();
        return em.createNamedQuery(Attachment.BY_REFERENCE, Attachment.class)
                .setParameter("reference", reference)
                .getResultStream()
                .filter(a -> a.getPractice().isOwnedBy(citizen))
                .findFirst()
                .orElseThrow(UnknownPracticeException::new);
    }
}
