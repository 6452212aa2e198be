package it.sportello.practice.control;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormMessages;
import it.sportello.form.control.FormSummary;
import it.sportello.form.control.GeoPoint;
import it.sportello.platform.text.SpreadsheetCsv;

/**
 * The practice list as CSV for Italian spreadsheets ({@link SpreadsheetCsv}). After the fixed
 * columns come the chosen form fields of the service, numeric fields as numbers, a map point as
 * two numeric columns (latitude, longitude); a last line may
 * give the sum, average or count of numeric fields. Rows are written as they come, so an export
 * never sits in memory.
 */
public final class PracticeCsv {

    /** What the totals line computes for a numeric field. */
    public enum Aggregate {
        SUM,
        AVERAGE,
        COUNT
    }

    /** The header labels of the fixed columns, in order, and the label of the totals line. */
    public record Headers(List<String> fixed, String totals) {

        public Headers {
            fixed = List.copyOf(fixed);
            if (fixed.size() != FIXED_COLUMNS) {
                throw new IllegalArgumentException("The list has " + FIXED_COLUMNS + " fixed columns");
            }
        }
    }

    /**
     * One practice, labels already in the reader's language; {@code values} are the frozen form
     * values by field id (the types {@link it.sportello.form.control.FormData} holds).
     */
    public record Row(
            String authMethod,
            String applicant,
            String fiscalCode,
            Instant inserted,
            Instant lastChange,
            String status,
            String operator,
            String office,
            String area,
            String priority,
            String reference,
            Map<String, Object> values) {

        public Row {
            values = values == null ? Map.of() : values;
        }
    }

    static final int FIXED_COLUMNS = 11;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SpreadsheetCsv out;
    private final List<Field> fields;
    private final Map<String, Aggregate> totals;
    private final ZoneId zone;
    private final Locale locale;
    private final Map<String, BigDecimal> sums = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private String totalsLabel;

    private PracticeCsv(
            SpreadsheetCsv out, List<Field> fields, Map<String, Aggregate> totals, ZoneId zone, Locale locale) {
        this.out = out;
        this.fields = List.copyOf(fields);
        this.totals = new LinkedHashMap<>(totals);
        this.zone = zone;
        this.locale = locale;
        for (String fieldId : totals.keySet()) {
            if (this.fields.stream().noneMatch(f -> f.id().equals(fieldId) && isNumeric(f))) {
                throw new IllegalArgumentException("Totals are of numeric columns of the export: " + fieldId);
            }
        }
    }

    /**
     * Starts an export: the byte order mark and the header line. {@code totals} names numeric
     * fields among {@code fields} and what the last line computes for them.
     */
    public static PracticeCsv start(
            OutputStream stream,
            Headers headers,
            List<Field> fields,
            Map<String, Aggregate> totals,
            ZoneId zone,
            Locale locale) {
        PracticeCsv csv = new PracticeCsv(SpreadsheetCsv.start(stream), fields, totals, zone, locale);
        List<String> header = new ArrayList<>(headers.fixed());
        csv.fields.forEach(field -> {
            String label = field.label().in(locale);
            if (field.kind() == FieldKind.MAP_POINT) {
                header.add(FormMessages.text("csv.latitude", locale, List.of(label)));
                header.add(FormMessages.text("csv.longitude", locale, List.of(label)));
            } else {
                header.add(label);
            }
        });
        csv.out.row(header);
        csv.totalsLabel = headers.totals();
        return csv;
    }

    public void write(Row row) {
        List<Object> cells = new ArrayList<>(Arrays.asList(
                row.authMethod(),
                row.applicant(),
                row.fiscalCode(),
                moment(row.inserted()),
                moment(row.lastChange()),
                row.status(),
                row.operator(),
                row.office(),
                row.area(),
                row.priority(),
                row.reference()));
        for (Field field : fields) {
            Object value = row.values().get(field.id());
            if (field.kind() == FieldKind.MAP_POINT) {
                // two numeric columns, so that a spreadsheet or a GIS reads the place directly
                GeoPoint point = value instanceof GeoPoint p ? p : null;
                cells.add(point == null ? null : point.latitude());
                cells.add(point == null ? null : point.longitude());
            } else if (isNumeric(field)) {
                BigDecimal number = value instanceof BigDecimal decimal ? decimal : null;
                cells.add(number);
                if (number != null && totals.containsKey(field.id())) {
                    sums.merge(field.id(), number, BigDecimal::add);
                    counts.merge(field.id(), 1L, Long::sum);
                }
            } else {
                cells.add(FormSummary.value(field, value, locale));
            }
        }
        out.row(cells);
    }

    /** Writes the totals line, when totals were asked for, and flushes; the stream stays open. */
    public void finish() {
        if (!totals.isEmpty()) {
            List<Object> cells = new ArrayList<>();
            cells.add(totalsLabel);
            for (int i = 1; i < FIXED_COLUMNS; i++) {
                cells.add(null);
            }
            for (Field field : fields) {
                Aggregate aggregate = totals.get(field.id());
                cells.add(aggregate == null ? null : total(field.id(), aggregate));
                if (field.kind() == FieldKind.MAP_POINT) {
                    cells.add(null);
                }
            }
            out.row(cells);
        }
        out.flush();
    }

    private Object total(String fieldId, Aggregate aggregate) {
        BigDecimal sum = sums.getOrDefault(fieldId, BigDecimal.ZERO);
        long count = counts.getOrDefault(fieldId, 0L);
        return switch (aggregate) {
            case SUM -> sum;
            case COUNT -> count;
            case AVERAGE -> count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        };
    }

    private String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    private static boolean isNumeric(Field field) {
        return field.kind() == FieldKind.NUMBER
                || field.kind() == FieldKind.AMOUNT
                || field.kind() == FieldKind.COMPUTED_AMOUNT;
    }
}
