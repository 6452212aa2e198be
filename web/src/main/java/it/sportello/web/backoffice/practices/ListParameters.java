package it.sportello.web.backoffice.practices;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.PracticeFilter;
import it.sportello.practice.boundary.PracticeSort;
import it.sportello.practice.boundary.WorkQueue;
import it.sportello.practice.control.LastChange;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.Priority;

/**
 * The practice list's filter, order and page as they travel in the address, so that a list can
 * be bookmarked and the CSV export gets exactly what the page shows. Parameters (all optional):
 * {@code servizio}, {@code stato}, {@code coda}, {@code cerca}, {@code cambio} (or {@code dal} /
 * {@code al}, ISO days, for a custom range), {@code priorita}, {@code area} (an area's code), {@code ordine}, {@code verso}
 * ({@code asc} / {@code desc}), {@code righe} and {@code pagina}. A value the list does not know
 * is ignored and named in {@link #invalid}, never guessed at; so is a service that does not exist or
 * that the operator is not enabled for ({@link #unknownService}), which would otherwise filter the
 * list down to nothing while the service menu shows "Tutti".
 */
public final class ListParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page sizes offered ("Risultati per pagina"). */
    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    public static final String SERVICE = "servizio";
    public static final String STATUS = "stato";
    public static final String QUEUE = "coda";
    public static final String TEXT = "cerca";
    public static final String LAST_CHANGE = "cambio";
    public static final String FROM = "dal";
    public static final String TO = "al";
    public static final String PRIORITY = "priorita";
    public static final String AREA = "area";
    public static final String SORT = "ordine";
    public static final String DIRECTION = "verso";
    public static final String ROWS = "righe";
    public static final String PAGE = "pagina";

    private String service;
    private String status;
    private String queue;
    private String text;
    private String lastChange;
    private String from;
    private String to;
    private String priority;
    private String area;
    private String sort;
    private String direction;
    private String rows;
    private String page;

    /** Reads them from a request's parameters (the first value of each). */
    public static ListParameters of(Function<String, String> parameter) {
        ListParameters read = new ListParameters();
        read.service = parameter.apply(SERVICE);
        read.status = parameter.apply(STATUS);
        read.queue = parameter.apply(QUEUE);
        read.text = parameter.apply(TEXT);
        read.lastChange = parameter.apply(LAST_CHANGE);
        read.from = parameter.apply(FROM);
        read.to = parameter.apply(TO);
        read.priority = parameter.apply(PRIORITY);
        read.area = parameter.apply(AREA);
        read.sort = parameter.apply(SORT);
        read.direction = parameter.apply(DIRECTION);
        read.rows = parameter.apply(ROWS);
        read.page = parameter.apply(PAGE);
        return read;
    }

    /**
     * The filter they mean, with the last-change choices relative to the clock's today; an area
     * is one of the codes of {@code areas}, a service one of the codes of {@code services} (those
     * of the operator's list).
     */
    public PracticeFilter filter(Clock clock, Collection<String> areas, Collection<String> services) {
        LastChange.Range range = null;
        LastChange choice = choice(LastChange.class, lastChange);
        if (choice != null) {
            range = choice.range(clock);
        } else if (day(from) != null || day(to) != null) {
            LocalDate first = day(from);
            LocalDate last = day(to);
            range = first != null && last != null && last.isBefore(first)
                    ? null
                    : LastChange.Range.days(first, last, Clocks.ITALY);
        }
        String knownService = unknownService(services).isEmpty() ? blankToNull(service) : null;
        return new PracticeFilter(
                        knownService,
                        choice(PracticeStatus.class, status),
                        choice(WorkQueue.class, queue),
                        text,
                        null,
                        null,
                        choice(Priority.class, priority),
                        area != null && areas.contains(area.strip()) ? area : null)
                .withLastChange(range);
    }

    public PracticeSort sortColumn() {
        PracticeSort chosen = choice(PracticeSort.class, sort);
        return chosen == null ? PracticeSort.LAST_CHANGE : chosen;
    }

    public boolean ascending() {
        return "asc".equals(direction);
    }

    public int pageSize() {
        Integer size = number(rows);
        return size != null && PAGE_SIZES.contains(size) ? size : PAGE_SIZES.get(0);
    }

    /** The page shown, from 1. */
    public int pageNumber() {
        Integer number = number(page);
        return number == null || number < 1 ? 1 : number;
    }

    /**
     * The service asked for, as written, when it is not one of {@code services}: unknown, or not
     * one the operator may see. Empty when no service is asked for or it is one of them.
     */
    public Optional<String> unknownService(Collection<String> services) {
        String asked = blankToNull(service);
        return asked == null || services.contains(asked) ? Optional.empty() : Optional.of(asked);
    }

    /** The names of the parameters whose value is not one the list knows, to tell the operator. */
    public List<String> invalid(Collection<String> areas) {
        List<String> wrong = new ArrayList<>();
        check(wrong, STATUS, status, value -> choice(PracticeStatus.class, value) != null);
        check(wrong, QUEUE, queue, value -> choice(WorkQueue.class, value) != null);
        check(wrong, LAST_CHANGE, lastChange, value -> choice(LastChange.class, value) != null);
        check(wrong, FROM, from, value -> day(value) != null);
        check(wrong, TO, to, value -> day(value) != null);
        if (day(from) != null && day(to) != null && day(to).isBefore(day(from))) {
            wrong.add(TO);
        }
        check(wrong, PRIORITY, priority, value -> choice(Priority.class, value) != null);
        check(wrong, AREA, area, areas::contains);
        check(wrong, SORT, sort, value -> choice(PracticeSort.class, value) != null);
        check(wrong, DIRECTION, direction, value -> value.equals("asc") || value.equals("desc"));
        check(wrong, ROWS, rows, value -> number(value) != null && PAGE_SIZES.contains(number(value)));
        check(wrong, PAGE, page, value -> number(value) != null && number(value) >= 1);
        return wrong;
    }

    /** The parameters that have a value, in a stable order, as a query string without "?". */
    public String query() {
        return values().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The same, without the page: what the export and a new search keep. */
    public String queryWithoutPage() {
        ListParameters copy = copy();
        copy.page = null;
        return copy.query();
    }

    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, SERVICE, service);
        put(values, STATUS, status);
        put(values, QUEUE, queue);
        put(values, TEXT, text);
        put(values, LAST_CHANGE, lastChange);
        put(values, FROM, from);
        put(values, TO, to);
        put(values, PRIORITY, priority);
        put(values, AREA, area);
        put(values, SORT, sort);
        put(values, DIRECTION, direction);
        put(values, ROWS, rows);
        put(values, PAGE, page);
        return values;
    }

    public ListParameters copy() {
        return of(values()::get);
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static void check(
            List<String> wrong, String name, String value, java.util.function.Predicate<String> known) {
        if (value != null && !value.isBlank() && !known.test(value.strip())) {
            wrong.add(name);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // --- bound by the page's filter form and view parameters ---------------------------------

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLastChange() {
        return lastChange;
    }

    public void setLastChange(String lastChange) {
        this.lastChange = lastChange;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
