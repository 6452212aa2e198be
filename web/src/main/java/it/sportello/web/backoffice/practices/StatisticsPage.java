package it.sportello.web.backoffice.practices;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.omnifaces.util.Messages;

import it.sportello.catalog.entity.Service;
import it.sportello.practice.boundary.DeskList;
import it.sportello.practice.boundary.DeskStatistics;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.web.i18n.BundleMessages;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /backoffice/pratiche/statistiche.xhtml} ("Statistiche"): active services,
 * practices per year and a chart of practices sent per month, filtered by status, service and
 * period ({@code ?dal=2024&al=2026&stato=&servizio=}, kept in the address). A service the operator
 * is not enabled for, or that does not exist, is named and left out. The chart has the same
 * figures as the table under it, which is what screen readers read.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/backoffice/pratiche/statistiche.xhtml";

    /** The longest period shown at once, in years. */
    static final int MAX_YEARS = 10;

    /** The years the filter offers, in the address too: outside them a year is a typing error. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    @EJB
    DeskList deskList;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    @Min(value = FIRST_YEAR, message = "{statistics.year.min}")
    @Max(value = LAST_YEAR, message = "{statistics.year.max}")
    private Integer fromYear;

    @Min(value = FIRST_YEAR, message = "{statistics.year.min}")
    @Max(value = LAST_YEAR, message = "{statistics.year.max}")
    private Integer toYear;

    private PracticeStatus status;
    private String serviceCode;
    private DeskStatistics statistics;
    /** Read once a request; where the view is restored on another node, read again. */
    private transient List<Service> services;

    public void load() {
        int thisYear = LocalDate.now(clock).getYear();
        if (toYear == null) {
            toYear = thisYear;
        }
        if (fromYear == null) {
            fromYear = toYear;
        }
        if (toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
            Messages.addGlobalWarn("desk_stats.period.invalid", MAX_YEARS);
            fromYear = toYear;
        }
        if (!blank(serviceCode)
                && getServices().stream().noneMatch(service -> service.getCode().equals(serviceCode.strip()))) {
            // as the practice list: named and left out, so that the figures are those the menu ("Tutti") says
            Messages.addGlobalWarn("desk_stats.service.unknown", serviceCode.strip());
            serviceCode = null;
        }
        statistics = deskList.statistics(fromYear, toYear, status, blank(serviceCode) ? null : serviceCode.strip());
    }

    public String show() {
        return PATH + "?faces-redirect=true&includeViewParams=true";
    }

    /** The Chart.js configuration of the line chart of practices per month. */
    public String getChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Map.Entry<YearMonth, Long> month : getStatistics().perMonth().entrySet()) {
            labels.add(month.getKey().getMonth().getDisplayName(TextStyle.SHORT, locale.getLocale()) + " "
                    + month.getKey().getYear());
            values.add(month.getValue());
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JSON.createArrayBuilder()
                                                .add(JSON.createObjectBuilder()
                                                        .add("label", BundleMessages.format("desk_stats.chart.series"))
                                                        .add("data", values)
                                                        .add("fill", false)
                                                        .add("borderColor", "#0066cc")
                                                        .add("tension", 0.2))))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    public List<Map.Entry<YearMonth, Long>> getMonths() {
        return List.copyOf(getStatistics().perMonth().entrySet());
    }

    public List<Map.Entry<Integer, Long>> getYears() {
        return List.copyOf(getStatistics().perYear().entrySet());
    }

    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, locale.getLocale()) + " " + month.getYear();
    }

    public List<Service> getServices() {
        if (services == null) {
            services = deskList.services();
        }
        return services;
    }

    public PracticeStatus[] getStatuses() {
        return PracticeStatus.values();
    }

    /** The figures; also when a wrong parameter kept the page from loading them (the defaults then). */
    public DeskStatistics getStatistics() {
        if (statistics == null) {
            load();
        }
        return statistics;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public void setStatus(PracticeStatus status) {
        this.status = status;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }
}
