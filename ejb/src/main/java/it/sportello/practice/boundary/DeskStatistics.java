package it.sportello.practice.boundary;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The backoffice statistics ("Statistiche"): how many services take requests, and how many
 * practices were sent per month and per year in the chosen period (months without any included,
 * with 0, so that a chart has no holes). Serializable, as the statistics page keeps it.
 */
public record DeskStatistics(long activeServices, SortedMap<YearMonth, Long> perMonth) implements Serializable {

    public DeskStatistics {
        perMonth = new TreeMap<>(perMonth);
    }

    public SortedMap<Integer, Long> perYear() {
        SortedMap<Integer, Long> years = new TreeMap<>();
        for (Map.Entry<YearMonth, Long> month : perMonth.entrySet()) {
            years.merge(month.getKey().getYear(), month.getValue(), Long::sum);
        }
        return years;
    }

    public long total() {
        return perMonth.values().stream().mapToLong(Long::longValue).sum();
    }
}
