package it.sportello.web.backoffice.practices;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.data.PageEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import it.sportello.catalog.boundary.Catalog;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.Service;
import it.sportello.form.boundary.Forms;
import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormDefinitions;
import it.sportello.identity.boundary.Operators;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.platform.BusinessException;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticePlace;
import it.sportello.practice.boundary.PracticeSort;
import it.sportello.practice.boundary.WorkQueue;
import it.sportello.practice.control.LastChange;
import it.sportello.practice.control.PracticeCsv;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;
import it.sportello.territory.boundary.Areas;
import it.sportello.territory.entity.Area;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.map.MapMarkers;

/**
 * Backing bean of {@code /backoffice/pratiche/index.xhtml} ("Elenco pratiche"): the practices of
 * the services the operator is enabled for, filtered, sorted and paged by the database. Filter,
 * order and page live in the address ({@link ListParameters}); the CSV export link carries the
 * same parameters. Bulk actions run the same rule as on one practice, for each chosen practice,
 * and report which ones were refused and why.
 */
@Named
@ViewScoped
public class PracticeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/backoffice/pratiche/index.xhtml";

    /** Where the bulk actions say what they did: their own section, below the list. */
    private static final String BULK = "list:bulk";

    @EJB
    PracticeDesk desk;

    @EJB
    DeskList deskList;

    @EJB
    Catalog catalog;

    @EJB
    Forms forms;

    @EJB
    Operators operators;

    @EJB
    Areas areaList;

    @Inject
    Clock clock;

    private ListParameters parameters = new ListParameters();
    /** The filter the list shows; its rows are read again from it, where the view is restored on another node too. */
    private ListParameters shown;

    private transient List<Service> services;
    private List<PracticeStatus> statuses = List.of();
    private transient List<Area> areas;
    private transient List<Office> offices;
    private transient List<StaffAccount> colleagues;
    private transient LazyDataModel<Practice> practices;
    /** Rows of the page shown, chosen for a bulk action: where the view is restored on another node, chosen again. */
    private transient List<Practice> selected;

    /** Read again from the service's current form when the page comes back from elsewhere. */
    private transient List<Field> exportableFields;

    /** The map's places, read again when the page comes back from elsewhere. */
    private transient List<PracticePlace> places;

    private Map<String, Boolean> exportFieldChosen = new LinkedHashMap<>();
    private Map<String, String> exportTotals = new LinkedHashMap<>();

    // bulk action inputs
    private String bulkOffice;
    private String bulkOperator;
    private String bulkText;

    public void load() {
        // named and left out, so that the list, the menu ("Tutti"), the export link and the next search agree
        parameters.unknownService(serviceCodes()).ifPresent(unknown -> {
            Messages.addGlobalWarn("desk_list.service.unknown", unknown);
            parameters.setService(null);
        });
        statuses = deskList.statuses(
                blank(parameters.getService()) ? null : parameters.getService().strip());
        List<String> invalid = parameters.invalid(areaCodes());
        if (!invalid.isEmpty()) {
            Messages.addGlobalWarn("desk_list.invalid", String.join(", ", invalid));
        }
        shown = parameters.copy();
        practices = null;
        exportableFields = null;
        places = null;
    }

    /** "Aggiorna ricerca": the same page with the new filter, from its first page. */
    public String search() {
        parameters.setPage(null);
        return redirect(parameters.query());
    }

    /** "Annulla ricerca". */
    public String reset() {
        return redirect("");
    }

    private static String redirect(String query) {
        return PATH + "?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query);
    }

    /** The address of the list as it is now: what the browser shows after sorting or paging. */
    public String getAddress() {
        String query = parameters.query();
        return Faces.getRequestContextPath() + PATH + (query.isEmpty() ? "" : "?" + query);
    }

    public void paged(PageEvent event) {
        parameters.setPage(event.getPage() == 0 ? null : String.valueOf(event.getPage() + 1));
        showAddress();
    }

    private void showAddress() {
        PrimeFaces.current().ajax().addCallbackParam("address", getAddress());
    }

    /** The link of the CSV export of the whole filtered list, with the chosen form fields and totals. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder(parameters.queryWithoutPage());
        for (Field field : exportableFields()) {
            if (Boolean.TRUE.equals(exportFieldChosen.get(field.id()))) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(PracticeExport.FIELD)
                        .append('=')
                        .append(field.id());
            }
        }
        exportTotals.forEach((fieldId, aggregate) -> {
            if (aggregate != null && !aggregate.isBlank()) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(PracticeExport.TOTAL)
                        .append('=')
                        .append(fieldId)
                        .append(':')
                        .append(aggregate);
            }
        });
        return query.toString();
    }

    // --- bulk actions ---------------------------------------------------------------------------

    public void bulkTakeCharge() {
        bulk(desk::takeCharge);
    }

    public void bulkAssign() {
        if (blank(bulkOffice) && blank(bulkOperator)) {
            Messages.addError(BULK, "practice.desk.assign.nobody");
            return;
        }
        bulk(reference -> desk.assign(reference, bulkOffice, bulkOperator));
    }

    public void bulkApprove() {
        if (requireText()) {
            bulk(reference -> desk.approve(reference, bulkText, null, List.of()));
        }
    }

    public void bulkReject() {
        if (requireText()) {
            bulk(reference -> desk.reject(reference, bulkText, null, List.of()));
        }
    }

    private boolean requireText() {
        if (blank(bulkText)) {
            Messages.addError(BULK, "desk_list.bulk.text.required");
            return false;
        }
        return true;
    }

    /**
     * Runs the action on each chosen practice in its own transaction; one refusal does not stop the
     * others. What happened is said in the bulk section, where the operator is, each refusal naming
     * the practice by its number, service and applicant.
     */
    private void bulk(Consumer<String> action) {
        if (getSelected().isEmpty()) {
            Messages.addWarn(BULK, "desk_list.bulk.none");
            return;
        }
        int done = 0;
        for (Practice practice : selected) {
            try {
                action.accept(practice.getReference());
                done++;
            } catch (BusinessException refused) {
                Messages.addError(
                        BULK,
                        "desk_list.bulk.refused",
                        practice.getShortReference(),
                        practice.getService().getTitle().in(BundleMessages.readerLocale()),
                        practice.getApplicant().fullName(),
                        BundleMessages.format(refused.messageKey(), refused.parameters()));
            }
        }
        Messages.addInfo(BULK, "desk_list.bulk.done", done, selected.size());
        selected = new ArrayList<>();
        bulkText = null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // --- what the filter offers ---------------------------------------------------------------

    public List<Service> getServices() {
        if (services == null) {
            services = deskList.services();
        }
        return services;
    }

    /** The statuses the chosen service's practices are in; again when the service filter changes. */
    public List<PracticeStatus> getStatuses() {
        return statuses;
    }

    public void serviceChosen() {
        statuses = deskList.statuses(
                blank(parameters.getService()) ? null : parameters.getService().strip());
    }

    public WorkQueue[] getQueues() {
        return WorkQueue.values();
    }

    public LastChange[] getLastChanges() {
        return LastChange.values();
    }

    /** The municipality's geographic areas ("Filtra per area geografica"). */
    public List<Area> getAreas() {
        if (areas == null) {
            areas = areaList.all();
        }
        return areas;
    }

    private List<String> areaCodes() {
        return getAreas().stream().map(Area::getCode).toList();
    }

    /** The codes of the services in the list's menu: those the operator is enabled for. */
    private List<String> serviceCodes() {
        return getServices().stream().map(Service::getCode).toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<Integer> getPageSizes() {
        return ListParameters.PAGE_SIZES;
    }

    public PracticeCsv.Aggregate[] getAggregates() {
        return PracticeCsv.Aggregate.values();
    }

    public List<Office> getOffices() {
        if (offices == null) {
            offices = catalog.offices();
        }
        return offices;
    }

    /** Whom the chosen practices can be assigned to: once an office is chosen, those working in it. */
    public List<StaffAccount> getOperators() {
        if (colleagues == null) {
            colleagues = operators.search(null);
        }
        return blank(bulkOffice)
                ? colleagues
                : colleagues.stream()
                        .filter(colleague -> colleague.worksIn(bulkOffice))
                        .toList();
    }

    /** Another office chosen: an operator who does not work in it is no longer chosen. */
    public void bulkOfficeChosen() {
        if (!blank(bulkOperator)
                && getOperators().stream()
                        .noneMatch(colleague -> colleague.getUsername().equals(bulkOperator))) {
            bulkOperator = null;
        }
    }

    public int getFirst() {
        return (parameters.pageNumber() - 1) * parameters.pageSize();
    }

    public int getRows() {
        return parameters.pageSize();
    }

    /** The order the table starts with, from the address. */
    public SortMeta getSortMeta() {
        return SortMeta.builder()
                .field(field(parameters.sortColumn()))
                .order(parameters.ascending() ? SortOrder.ASCENDING : SortOrder.DESCENDING)
                .build();
    }

    /** The field PrimeFaces names a column's sort by: the path of its {@code sortBy} below the row. */
    static String field(PracticeSort sort) {
        return switch (sort) {
            case INSERTED -> "sentAt";
            case LAST_CHANGE -> "statusChangedAt";
            case STATUS -> "status";
            case APPLICANT -> "applicant";
            case PRIORITY -> "assignment.priority";
        };
    }

    static PracticeSort sort(String field) {
        return switch (field) {
            case "sentAt" -> PracticeSort.INSERTED;
            case "status" -> PracticeSort.STATUS;
            case "applicant" -> PracticeSort.APPLICANT;
            case "assignment.priority" -> PracticeSort.PRIORITY;
            default -> PracticeSort.LAST_CHANGE;
        };
    }

    /** The table's rows, read a page at a time; sorting in the table is kept in the address too. */
    private final class Model extends LazyDataModel<Practice> {

        private static final long serialVersionUID = 1L;

        private final ListParameters shown;

        Model(ListParameters shown) {
            this.shown = shown;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(deskList.count(shown.filter(clock, areaCodes(), serviceCodes())));
        }

        @Override
        public List<Practice> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PracticeSort column = shown.sortColumn();
            boolean ascending = shown.ascending();
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta meta = sortBy.values().iterator().next();
                if (meta.getOrder() != SortOrder.UNSORTED) {
                    column = sort(meta.getField());
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                }
            }
            if (column != shown.sortColumn() || ascending != shown.ascending()) {
                parameters.setSort(column.name().toLowerCase(java.util.Locale.ROOT));
                parameters.setDirection(ascending ? "asc" : "desc");
                parameters.setPage(null);
                shown.setSort(parameters.getSort());
                shown.setDirection(parameters.getDirection());
                showAddress();
            }
            return deskList.list(shown.filter(clock, areaCodes(), serviceCodes()), first, pageSize, column, ascending);
        }

        @Override
        public String getRowKey(Practice practice) {
            return practice.getReference();
        }

        @Override
        public Practice getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(p -> p.getReference().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    // --- bound values ---------------------------------------------------------------------------

    public ListParameters getParameters() {
        return parameters;
    }

    public LazyDataModel<Practice> getPractices() {
        if (practices == null && shown != null) {
            practices = new Model(shown);
        }
        return practices;
    }

    public List<Practice> getSelected() {
        if (selected == null) {
            selected = new ArrayList<>();
        }
        return selected;
    }

    public void setSelected(List<Practice> selected) {
        this.selected = selected;
    }

    public List<Field> getExportableFields() {
        return exportableFields();
    }

    /** The form fields of the shown list's service that the export may add as columns. */
    private List<Field> exportableFields() {
        if (exportableFields == null) {
            String service = shown == null || blank(shown.getService())
                    ? null
                    : shown.getService().strip();
            exportableFields = service == null
                    ? List.of()
                    : forms.current(service)
                            .filter(form -> getServices().stream()
                                    .anyMatch(s -> s.getCode().equals(service)))
                            .map(form -> FormDefinitions.parse(form.getDefinition()).fields().stream()
                                    .filter(field ->
                                            field.kind() != FieldKind.FILE && field.kind() != FieldKind.PRIVACY)
                                    .toList())
                            .orElse(List.of());
        }
        return exportableFields;
    }

    // --- map ------------------------------------------------------------------------------------

    /** Whether the list shows its map: a service is chosen and its form places a point. */
    public boolean isMapShown() {
        return exportableFields().stream().anyMatch(field -> field.kind() == FieldKind.MAP_POINT);
    }

    /** The places of the filtered list's practices (the first thousand, latest changed first). */
    public List<PracticePlace> getPlaces() {
        if (places == null) {
            places = isMapShown() ? deskList.places(shown.filter(clock, areaCodes(), serviceCodes())) : List.of();
        }
        return places;
    }

    /** The map's markers, for {@code maps.js}. */
    public String getMarkers() {
        return MapMarkers.json(
                getPlaces(),
                Faces.getRequestContextPath() + PracticeDeskPage.PATH + "?pratica=",
                BundleMessages.readerLocale());
    }

    /** The statuses on the map, for its legend. */
    public List<PracticeStatus> getMapStatuses() {
        return MapMarkers.statuses(getPlaces());
    }

    public String colour(PracticeStatus status) {
        return MapMarkers.colour(status);
    }

    public boolean numeric(Field field) {
        return field.kind().isNumeric() || field.kind() == FieldKind.COMPUTED_AMOUNT;
    }

    public Map<String, Boolean> getExportFieldChosen() {
        return exportFieldChosen;
    }

    public Map<String, String> getExportTotals() {
        return exportTotals;
    }

    public String getBulkOffice() {
        return bulkOffice;
    }

    public void setBulkOffice(String bulkOffice) {
        this.bulkOffice = bulkOffice;
    }

    public String getBulkOperator() {
        return bulkOperator;
    }

    public void setBulkOperator(String bulkOperator) {
        this.bulkOperator = bulkOperator;
    }

    public String getBulkText() {
        return bulkText;
    }

    public void setBulkText(String bulkText) {
        this.bulkText = bulkText;
    }
}
