package it.sportello.platform.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figures in the Prometheus text exposition format (version 0.0.4), which Prometheus, Grafana
 * Agent, VictoriaMetrics and most collectors scrape: a {@code # HELP} and a {@code # TYPE} line
 * per figure, then one line per value, labels sorted by name.
 */
public final class PrometheusText {

    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {}

    public static String of(List<Figure> figures) {
        StringBuilder text = new StringBuilder();
        for (Figure figure : figures) {
            text.append("# HELP ")
                    .append(figure.name())
                    .append(' ')
                    .append(escapeHelp(figure.help()))
                    .append('\n');
            text.append("# TYPE ")
                    .append(figure.name())
                    .append(' ')
                    .append(figure.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append('\n');
            for (Figure.Value value : figure.values()) {
                text.append(figure.name())
                        .append(labels(value.labels()))
                        .append(' ')
                        .append(number(value.value()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        return labels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(label -> label.getKey() + "=\"" + escapeValue(label.getValue()) + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    static String escapeValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
