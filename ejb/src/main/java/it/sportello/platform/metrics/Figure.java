package it.sportello.platform.metrics;

import java.util.List;
import java.util.Map;

/**
 * One figure of the desk for monitoring, with its values by label: e.g.
 * {@code sportello_payments{state="TO_PAY"} 12}. A {@link Kind#COUNTER} only grows (practices sent);
 * a {@link Kind#GAUGE} goes up and down (mails waiting).
 */
public record Figure(String name, String help, Kind kind, List<Value> values) {

    public enum Kind {
        COUNTER,
        GAUGE
    }

    /** A value and the labels that tell it from the figure's other values. */
    public record Value(Map<String, String> labels, double value) {

        public Value {
            labels = Map.copyOf(labels);
        }
    }

    public Figure {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a metric name: " + name);
        }
        values = List.copyOf(values);
    }

    /** Values counted by one label, as a {@code GROUP BY} query answers them: rows of label and count. */
    public static Figure counted(String name, String help, Kind kind, String label, List<Object[]> rows) {
        return new Figure(
                name,
                help,
                kind,
                rows.stream()
                        .map(row -> new Value(Map.of(label, String.valueOf(row[0])), ((Number) row[1]).doubleValue()))
                        .toList());
    }
}
