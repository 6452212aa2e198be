package it.sportello.practice.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.practice.entity.Assignment;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.territory.entity.Area;

/**
 * The practice list as Criteria queries run by the database: what the operator may see (the
 * services they are enabled for, never drafts), the filter, the order, one page at a time. The
 * count and the statistics use the same conditions, so that the numbers match the list.
 * <p>
 * A page is read in two queries: {@link #ids} chooses and orders the page's practices on their own
 * rows (the service and area of the filter are compared by key, the applicant is joined only to
 * search or sort by name), so that the database sorts and cuts before reading anything else; then
 * {@link #rows} reads those practices with what every row of the list shows. One query with the
 * joins made the database join every matching practice before keeping ten of them.
 */
final class PracticeQuery {

    /** The start of a request number (a UUID): its short form, and any more of it. */
    private static final Pattern REFERENCE_START =
            Pattern.compile("(?i)[0-9a-f]{" + Practice.SHORT_REFERENCE_LENGTH + "}[0-9a-f-]{0,28}");

    private static final Set<PracticeStatus> OPEN = EnumSet.of(
            PracticeStatus.SUBMITTED,
            PracticeStatus.ACQUIRED,
            PracticeStatus.REGISTERED,
            PracticeStatus.IN_PROGRESS,
            PracticeStatus.WAITING_INTEGRATION);

    private final CriteriaBuilder cb;
    private final StaffAccount who;
    private final PracticeFilter filter;
    /** The filter's service and area, looked up once; {@code null} when the filter names none or an unknown one. */
    private final Service service;

    private final Area area;
    /** Whether the filter's text is the number of a request, which is then looked for alone. */
    private final boolean textIsReference;
    /** Whether the filter's text is the start of a request number, at least its short form. */
    private final boolean textIsReferenceStart;

    PracticeQuery(EntityManager em, StaffAccount who, PracticeFilter filter) {
        this.cb = em.getCriteriaBuilder();
        this.who = who;
        this.filter = filter == null ? PracticeFilter.ALL : filter;
        this.service = byCode(em, Service.BY_CODE, Service.class, this.filter.serviceCode());
        this.area = byCode(em, Area.BY_CODE, Area.class, this.filter.areaCode());
        this.textIsReference = this.filter.text() != null
                && !em.createQuery("SELECT p.id FROM Practice p WHERE p.reference = :reference", Long.class)
                        .setParameter("reference", this.filter.text())
                        .getResultList()
                        .isEmpty();
        this.textIsReferenceStart = !textIsReference
                && this.filter.text() != null
                && REFERENCE_START.matcher(this.filter.text()).matches();
    }

    /** The ids of the practices the conditions keep, in the list's order (the last tie broken by id). */
    CriteriaQuery<Long> ids(PracticeSort sort, boolean ascending) {
        PracticeSort by = sort == null ? PracticeSort.LAST_CHANGE : sort;
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Citizen> applicant = applicant(practice, by == PracticeSort.APPLICANT);
        query.select(practice.get("id")).where(conditions(practice, applicant, null, null));
        List<Order> order = new ArrayList<>();
        for (Expression<?> column : columns(by, practice, applicant)) {
            order.add(ascending ? cb.asc(column) : cb.desc(column));
        }
        order.add(ascending ? cb.asc(practice.get("id")) : cb.desc(practice.get("id")));
        return query.orderBy(order);
    }

    /**
     * The practices of {@code ids} with what every row of the list shows, in no particular order.
     * In JPQL, not Criteria: the operator, office and area are the practice's {@link Assignment},
     * an embeddable, and EclipseLink ignores a Criteria fetch through an embeddable where it
     * honours the JPQL one.
     */
    static TypedQuery<Practice> rows(EntityManager em, Collection<Long> ids) {
        return em.createQuery(
                        "SELECT p FROM Practice p JOIN FETCH p.applicant JOIN FETCH p.service"
                                + " LEFT JOIN FETCH p.assignment.operator LEFT JOIN FETCH p.assignment.office LEFT JOIN FETCH p.assignment.area"
                                + " WHERE p.id IN :ids",
                        Practice.class)
                .setParameter("ids", ids);
    }

    /** The distinct statuses of the practices the conditions keep. */
    CriteriaQuery<PracticeStatus> statuses() {
        CriteriaQuery<PracticeStatus> query = cb.createQuery(PracticeStatus.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Citizen> applicant = applicant(practice, false);
        return query.select(practice.get("status")).distinct(true).where(conditions(practice, applicant, null, null));
    }

    CriteriaQuery<Long> count() {
        return count(null, null);
    }

    /** How many, also of those sent in {@code [sentFrom, sentTo)} when given. */
    CriteriaQuery<Long> count(Instant sentFrom, Instant sentTo) {
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Citizen> applicant = applicant(practice, false);
        return query.select(cb.count(practice)).where(conditions(practice, applicant, sentFrom, sentTo));
    }

    private Predicate[] conditions(
            Root<Practice> practice, From<Practice, Citizen> applicant, Instant sentFrom, Instant sentTo) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.notEqual(practice.get("status"), PracticeStatus.DRAFT));
        if (!who.getRoles().contains(StaffRole.ADMIN)) {
            Set<Service> services = who.getServices();
            where.add(
                    services.isEmpty()
                            ? cb.disjunction()
                            : practice.get("service").in(services));
        }
        if (filter.serviceCode() != null) {
            where.add(service == null ? cb.disjunction() : cb.equal(practice.get("service"), service));
        }
        if (filter.status() != null) {
            where.add(cb.equal(practice.get("status"), filter.status()));
        }
        if (filter.areaCode() != null) {
            where.add(area == null ? cb.disjunction() : cb.equal(assigned(practice, "area"), area));
        }
        if (filter.priority() != null) {
            where.add(cb.equal(assigned(practice, "priority"), filter.priority()));
        }
        if (filter.changedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(practice.get("statusChangedAt"), filter.changedFrom()));
        }
        if (filter.changedTo() != null) {
            where.add(cb.lessThan(practice.get("statusChangedAt"), filter.changedTo()));
        }
        if (sentFrom != null) {
            where.add(cb.greaterThanOrEqualTo(practice.get("sentAt"), sentFrom));
        }
        if (sentTo != null) {
            where.add(cb.lessThan(practice.get("sentAt"), sentTo));
        }
        if (filter.queue() != null) {
            where.add(queue(practice));
        }
        if (filter.text() != null) {
            where.add(text(practice, applicant));
        }
        return where.toArray(Predicate[]::new);
    }

    private Predicate queue(Root<Practice> practice) {
        return switch (filter.queue()) {
            case MINE -> cb.equal(assigned(practice, "operator"), who);
            case TO_ASSIGN ->
                cb.and(
                        cb.isNull(assigned(practice, "operator")),
                        practice.get("status").in(OPEN));
            case MY_OFFICE -> {
                Set<Office> offices = who.getOffices();
                if (offices.isEmpty()) {
                    yield cb.disjunction();
                }
                Join<Assignment, Office> assigned =
                        practice.<Practice, Assignment>join("assignment").join("office", JoinType.LEFT);
                Join<Service, Office> owning = practice.join("service").join("office", JoinType.LEFT);
                yield cb.or(assigned.in(offices), cb.and(cb.isNull(assigned(practice, "office")), owning.in(offices)));
            }
        };
    }

    /** The applicant, joined only when the text is searched in the applicant's data or the list is sorted by name. */
    private Join<Practice, Citizen> applicant(Root<Practice> practice, boolean sortedByName) {
        return (filter.text() != null && !textIsReference && !textIsReferenceStart) || sortedByName
                ? practice.join("applicant")
                : null;
    }

    /**
     * The text is looked for where it can be: a request number or a codice fiscale whole, as people
     * paste them, or a request number's start (its short form at least), through their unique
     * indexes; anything else in the applicant's names. Asking for
     * all of them at once made the database join every practice to its applicant before filtering.
     */
    private Predicate text(Root<Practice> practice, From<Practice, Citizen> applicant) {
        if (textIsReference) {
            return cb.equal(practice.get("reference"), filter.text());
        }
        if (textIsReferenceStart) {
            return cb.like(practice.get("reference"), filter.text().toLowerCase(Locale.ROOT) + "%");
        }
        Optional<FiscalCode> code = FiscalCode.parse(filter.text());
        if (code.isPresent()) {
            return cb.equal(applicant.get("fiscalCode"), code.get());
        }
        String like = "%"
                + filter.text()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        Expression<String> given = cb.lower(applicant.get("givenName"));
        Expression<String> family = cb.lower(applicant.get("familyName"));
        return cb.or(
                cb.like(given, like, '\\'),
                cb.like(family, like, '\\'),
                cb.like(cb.concat(cb.concat(given, " "), family), like, '\\'),
                cb.like(cb.concat(cb.concat(family, " "), given), like, '\\'));
    }

    /** An attribute of the practice's {@link Assignment}: its office, area, operator or priority. */
    private static Path<Object> assigned(Root<Practice> practice, String attribute) {
        return practice.get("assignment").get(attribute);
    }

    private static <T> T byCode(EntityManager em, String namedQuery, Class<T> type, String code) {
        return code == null
                ? null
                : em.createNamedQuery(namedQuery, type)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }

    private static List<Expression<?>> columns(
            PracticeSort sort, Root<Practice> practice, From<Practice, Citizen> applicant) {
        return switch (sort) {
            case INSERTED -> List.of(practice.get("sentAt"));
            case LAST_CHANGE -> List.of(practice.get("statusChangedAt"));
            case STATUS -> List.of(practice.get("status"));
            case APPLICANT -> List.of(applicant.get("familyName"), applicant.get("givenName"));
            case PRIORITY -> List.of(assigned(practice, "priority"));
        };
    }
}
