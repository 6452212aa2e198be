package it.sportello.practice.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;

/**
 * The practice list as a Criteria query run by the database: what the operator may see (the
 * services they are enabled for, never drafts), the filter, the order, one page at a time. The
 * count and the statistics use the same conditions, so that the numbers match the list.
 */
final class PracticeQuery {

    private static final Set<PracticeStatus> OPEN = EnumSet.of(PracticeStatus.SUBMITTED, PracticeStatus.ACQUIRED,
            PracticeStatus.REGISTERED, PracticeStatus.IN_PROGRESS, PracticeStatus.WAITING_INTEGRATION);

    private final CriteriaBuilder cb;
    private final StaffAccount who;
    private final PracticeFilter filter;

    PracticeQuery(CriteriaBuilder cb, StaffAccount who, PracticeFilter filter) {
        this.cb = cb;
        this.who = who;
        this.filter = filter == null ? PracticeFilter.ALL : filter;
    }

    CriteriaQuery<Practice> list(PracticeSort sort, boolean ascending) {
        CriteriaQuery<Practice> query = cb.createQuery(Practice.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Citizen> applicant = practice.join("applicant");
        query.select(practice).where(conditions(practice, applicant, null, null));
        List<Order> order = new ArrayList<>();
        for (Expression<?> column : columns(sort == null ? PracticeSort.LAST_CHANGE : sort, practice, applicant)) {
            order.add(ascending ? cb.asc(column) : cb.desc(column));
        }
        order.add(ascending ? cb.asc(practice.get("id")) : cb.desc(practice.get("id")));
        query.orderBy(order);
        // What every row of the list shows, read with the page rather than one row at a time.
        practice.fetch("applicant");
        practice.fetch("service");
        practice.fetch("operator", JoinType.LEFT);
        practice.fetch("office", JoinType.LEFT);
        practice.fetch("area", JoinType.LEFT);
        return query;
    }

    /** The distinct statuses of the practices the conditions keep. */
    CriteriaQuery<PracticeStatus> statuses() {
        CriteriaQuery<PracticeStatus> query = cb.createQuery(PracticeStatus.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Citizen> applicant = filter.text() == null ? null : practice.join("applicant");
        return query.select(practice.get("status")).distinct(true).where(conditions(practice, applicant, null, null));
    }

    CriteriaQuery<Long> count() {
        return count(null, null);
    }

    /** How many, also of those sent in {@code [sentFrom, sentTo)} when given. */
    CriteriaQuery<Long> count(Instant sentFrom, Instant sentTo) {
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Practice> practice = query.from(Practice.class);
        Join<Practice, Citizen> applicant = filter.text() == null ? null : practice.join("applicant");
        return query.select(cb.count(practice)).where(conditions(practice, applicant, sentFrom, sentTo));
    }

    private Predicate[] conditions(Root<Practice> practice, From<Practice, Citizen> applicant, Instant sentFrom, Instant sentTo) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.notEqual(practice.get("status"), PracticeStatus.DRAFT));
        if (!who.getRoles().contains(StaffRole.ADMIN)) {
            Set<Service> services = who.getServices();
            where.add(services.isEmpty() ? cb.disjunction() : practice.get("service").in(services));
        }
        if (filter.serviceCode() != null) {
            where.add(cb.equal(practice.get("service").get("code"), filter.serviceCode()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(practice.get("status"), filter.status()));
        }
        if (filter.areaCode() != null) {
            where.add(cb.equal(practice.get("area").get("code"), filter.areaCode()));
        }
        if (filter.priority() != null) {
            where.add(cb.equal(practice.get("priority"), filter.priority()));
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
            case MINE -> cb.equal(practice.get("operator"), who);
            case TO_ASSIGN -> cb.and(cb.isNull(practice.get("operator")), practice.get("status").in(OPEN));
            case MY_OFFICE -> {
                Set<Office> offices = who.getOffices();
                if (offices.isEmpty()) {
                    yield cb.disjunction();
                }
                Join<Practice, Office> assigned = practice.join("office", JoinType.LEFT);
                Join<Service, Office> owning = practice.join("service").join("office", JoinType.LEFT);
                yield cb.or(assigned.in(offices), cb.and(cb.isNull(practice.get("office")), owning.in(offices)));
            }
        };
    }

    private Predicate text(Root<Practice> practice, From<Practice, Citizen> applicant) {
        String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Expression<String> given = cb.lower(applicant.get("givenName"));
        Expression<String> family = cb.lower(applicant.get("familyName"));
        List<Predicate> any = new ArrayList<>(List.of(
                cb.like(given, like, '\\'),
                cb.like(family, like, '\\'),
                cb.like(cb.concat(cb.concat(given, " "), family), like, '\\'),
                cb.like(cb.concat(cb.concat(family, " "), given), like, '\\'),
                // The request number is looked for whole, as people paste it: the unique index finds it.
                cb.equal(practice.get("reference"), filter.text())));
        // The codice fiscale is stored normalised: looked for whole, as people paste it.
        FiscalCode.parse(filter.text()).ifPresent(code -> any.add(cb.equal(applicant.get("fiscalCode"), code)));
        return cb.or(any.toArray(Predicate[]::new));
    }

    private static List<Expression<?>> columns(PracticeSort sort, Root<Practice> practice, From<Practice, Citizen> applicant) {
        return switch (sort) {
            case INSERTED -> List.of(practice.get("sentAt"));
            case LAST_CHANGE -> List.of(practice.get("statusChangedAt"));
            case STATUS -> List.of(practice.get("status"));
            case APPLICANT -> List.of(applicant.get("familyName"), applicant.get("givenName"));
            case PRIORITY -> List.of(practice.get("priority"));
        };
    }
}
