package it.sportello.practice.boundary;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import it.sportello.catalog.entity.Service;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormData;
import it.sportello.form.control.FormDefinition;
import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.GeoPoint;
import it.sportello.identity.entity.Roles;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.control.DeskTexts;
import it.sportello.practice.control.PracticeCsv;
import it.sportello.practice.entity.Assignment;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeRefusedException;
import it.sportello.practice.entity.PracticeStatus;

/**
 * The backoffice's practice list as the operator calling sees it: a page of the filtered list
 * and its count, the statuses and services its filters offer, the applicant's other practices,
 * the statistics and the CSV export. Only practices of the services the operator is enabled for,
 * and never drafts ({@link PracticeQuery}); the lists read, they change nothing.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
public class DeskList {

    /** Rows read per round trip while exporting: enough for speed, few enough to keep memory flat. */
    static final int EXPORT_BATCH = 500;

    /** Most practices the list's map shows: beyond that a map is a blot, and the table serves better. */
    static final int MAP_LIMIT = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeskAccess access;

    /** One page of the filtered list, sorted in the database. */
    public List<Practice> list(
            PracticeFilter filter, @Min(0) int first, @Min(1) int pageSize, PracticeSort sort, boolean ascending) {
        return page(new PracticeQuery(em, access.operator(), filter), sort, ascending, first, pageSize);
    }

    /** The practices from {@code first} to {@code first + size} of the query's list, in its order. */
    private List<Practice> page(PracticeQuery query, PracticeSort sort, boolean ascending, int first, int size) {
        List<Long> ids = em.createQuery(query.ids(sort, ascending))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Practice> rows = new HashMap<>();
        PracticeQuery.rows(em, ids).getResultStream().forEach(row -> rows.put(row.getId(), row));
        // a practice deleted between the two queries (only drafts are, and the list has none) is left out
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    public long count(PracticeFilter filter) {
        StaffAccount who = access.operator();
        return em.createQuery(new PracticeQuery(em, who, filter).count()).getSingleResult();
    }

    /**
     * The statuses that practices of the service (of all the operator's services when
     * {@code null}) are in: the list offers only those in its status filter.
     */
    public List<PracticeStatus> statuses(String serviceCode) {
        StaffAccount who = access.operator();
        return em
                .createQuery(new PracticeQuery(em, who, PracticeFilter.ALL.withService(serviceCode)).statuses())
                .getResultList()
                .stream()
                .sorted()
                .toList();
    }

    /** The services the operator is enabled for that take online requests, by Italian title: the list's service filter. */
    public List<Service> services() {
        StaffAccount who = access.operator();
        return em.createNamedQuery(Service.ALL, Service.class)
                .getResultStream()
                .filter(who::isEnabledFor)
                .filter(service -> !service.isExternal())
                .sorted(java.util.Comparator.comparing(
                        service -> service.getTitle().italian()))
                .toList();
    }

    /** The applicant's other practices the operator may see, the latest sent first ("ultime pratiche dell'utente"). */
    public List<Practice> latestOfApplicant(@NotBlank String reference, @Min(1) int howMany) {
        StaffAccount who = access.operator();
        Practice practice = access.visible(who, reference);
        PracticeFilter sameApplicant = PracticeFilter.ALL.withText(
                practice.getApplicant().getFiscalCode().toString());
        return page(new PracticeQuery(em, who, sameApplicant), PracticeSort.INSERTED, false, 0, howMany + 1).stream()
                .filter(other -> !other.getReference().equals(reference))
                .limit(howMany)
                .toList();
    }

    /**
     * Practices sent per month from January of {@code fromYear} to December of {@code toYear},
     * optionally of one status and one service, among the services the operator is enabled
     * for; and how many of those services take requests today.
     */
    public DeskStatistics statistics(int fromYear, int toYear, PracticeStatus status, String serviceCode) {
        if (toYear < fromYear || toYear - fromYear > 20) {
            throw new IllegalArgumentException("A period of at most 20 years");
        }
        StaffAccount who = access.operator();
        PracticeFilter filter = PracticeFilter.ALL.withStatus(status).withService(serviceCode);
        PracticeQuery query = new PracticeQuery(em, who, filter);
        SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.of(fromYear, 1);
                !month.isAfter(YearMonth.of(toYear, 12));
                month = month.plusMonths(1)) {
            perMonth.put(
                    month,
                    em.createQuery(query.count(
                                    month.atDay(1).atStartOfDay(Clocks.ITALY).toInstant(),
                                    month.plusMonths(1)
                                            .atDay(1)
                                            .atStartOfDay(Clocks.ITALY)
                                            .toInstant()))
                            .getSingleResult());
        }
        LocalDate today = LocalDate.now(clock);
        long active = em.createNamedQuery(Service.ALL, Service.class)
                .getResultStream()
                .filter(who::isEnabledFor)
                .filter(s -> !s.isExternal() && s.acceptsRequestsOn(today))
                .count();
        return new DeskStatistics(active, perMonth);
    }

    // --- map ------------------------------------------------------------------------------------

    /**
     * The places of the filtered list's practices that have one, for the list's map: the first
     * map point of each practice's form, the latest changed first, at most {@value #MAP_LIMIT}.
     * Needs a service in the filter, as a map shows the reports of one service.
     */
    public List<PracticePlace> places(PracticeFilter filter) {
        StaffAccount who = access.operator();
        if (filter == null || filter.serviceCode() == null) {
            return List.of();
        }
        Map<Long, FormDefinition> definitions = new HashMap<>();
        List<PracticePlace> places = new ArrayList<>();
        for (Practice practice :
                page(new PracticeQuery(em, who, filter), PracticeSort.LAST_CHANGE, false, 0, MAP_LIMIT)) {
            place(practice, definitions).ifPresent(places::add);
        }
        return places;
    }

    /** The practice's place, when its form has a map point and the citizen placed it. */
    static java.util.Optional<PracticePlace> place(Practice practice, Map<Long, FormDefinition> definitions) {
        if (practice.getData() == null) {
            return java.util.Optional.empty();
        }
        FormDefinition definition = definitions.computeIfAbsent(
                practice.getForm().getId(),
                id -> FormDefinitions.parse(practice.getForm().getDefinition()));
        FormData data = FormData.fromJson(definition, practice.getData());
        return definition.fields().stream()
                .filter(field -> field.kind() == FieldKind.MAP_POINT)
                .map(field -> data.get(field.id(), GeoPoint.class))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .map(point -> new PracticePlace(
                        practice.getReference(),
                        practice.getShortReference(),
                        practice.getStatus(),
                        practice.getApplicant().fullName(),
                        point));
    }

    // --- export ---------------------------------------------------------------------------------

    /**
     * Writes the filtered list as CSV ({@link PracticeCsv}) to {@code out}, in the list's order,
     * reading it from the database a batch at a time. Form fields (and totals of numeric ones)
     * are of the filtered service's current form, so they need a service in the filter.
     */
    public void export(
            PracticeFilter filter,
            PracticeSort sort,
            boolean ascending,
            @NotNull List<String> fieldIds,
            @NotNull Map<String, PracticeCsv.Aggregate> totals,
            @NotNull Locale locale,
            @NotNull OutputStream out) {
        StaffAccount who = access.operator();
        PracticeFilter chosen = filter == null ? PracticeFilter.ALL : filter;
        List<Field> fields = new ArrayList<>();
        if (!fieldIds.isEmpty() || !totals.isEmpty()) {
            if (chosen.serviceCode() == null) {
                throw new PracticeRefusedException("practice.desk.export.service_required");
            }
            FormDefinition current = FormDefinitions.parse(access.currentForm(access.service(who, chosen.serviceCode()))
                    .getDefinition());
            for (String fieldId : fieldIds) {
                fields.add(current.field(fieldId)
                        .orElseThrow(
                                () -> new PracticeRefusedException("practice.desk.export.field_unknown", fieldId)));
            }
        }
        PracticeCsv csv = PracticeCsv.start(out, DeskTexts.csvHeaders(locale), fields, totals, Clocks.ITALY, locale);
        Texts texts = DeskTexts.of(locale);
        Map<Long, FormDefinition> definitions = new HashMap<>();
        PracticeQuery query = new PracticeQuery(em, who, chosen);
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<Practice> batch = page(query, sort, ascending, first, EXPORT_BATCH);
            for (Practice practice : batch) {
                csv.write(row(practice, fields, definitions, texts, locale));
            }
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
            em.clear();
        }
        csv.finish();
    }

    private static PracticeCsv.Row row(
            Practice practice, List<Field> fields, Map<Long, FormDefinition> definitions, Texts texts, Locale locale) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!fields.isEmpty() && practice.getData() != null) {
            FormDefinition definition = definitions.computeIfAbsent(
                    practice.getForm().getId(),
                    id -> FormDefinitions.parse(practice.getForm().getDefinition()));
            FormData data = FormData.fromJson(definition, practice.getData());
            fields.forEach(field -> values.put(field.id(), data.get(field.id())));
        }
        Assignment assignment = practice.getAssignment();
        return new PracticeCsv.Row(
                practice.getAuthMethod() == null
                        ? texts.get("csv.auth.OPERATOR")
                        : texts.get("AuthMethod." + practice.getAuthMethod().name()),
                practice.getApplicant().fullName(),
                practice.getApplicant().getFiscalCode().toString(),
                practice.getSentAt(),
                practice.getStatusChangedAt(),
                texts.get("PracticeStatus." + practice.getStatus().name()),
                assignment.getOperator() == null
                        ? null
                        : assignment.getOperator().getDisplayName(),
                assignment.getOffice() == null
                        ? null
                        : assignment.getOffice().getName().in(locale),
                assignment.getArea() == null ? null : assignment.getArea().getName(),
                texts.get("Priority." + assignment.getPriority().name()),
                practice.getReference(),
                values);
    }
}
