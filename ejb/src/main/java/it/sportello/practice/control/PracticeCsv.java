package it.sportello.practice.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.form.control.Field;
import it.sportello.form.control.FieldKind;
import it.sportello.form.control.FormSummary;

/**
 * The practice list as CSV for Italian spreadsheets: {@code ;} between cells, UTF-8 with a byte
 * order mark (so that accented letters open right), CRLF line ends and quotes as RFC 4180 says.
 * After the fixed columns come the chosen form fields of the service; numbers are written with a
 * decimal comma and no grouping so that they stay numbers; a last line may give the sum, average
 * or count of numeric fields. Rows are written as they come, so an export never sits in memory.
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
    public record Row(String authMethod, String applicant, String fiscalCode, Instant inserted, Instant lastChange,
            String status, String operator, String office, String area, String priority, String reference, Map<String, Object> values) {

        public Row {
            values = values == null ? Map.of() : values;
        }
    }

    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final int FIXED_COLUMNS = 11;

    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Writer out;
    private final List<Field> fields;
    private final Map<String, Aggregate> totals;
    private final ZoneId zone;
    private final Locale locale;
    private final Map<String, BigDecimal> sums = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private String totalsLabel;

    private PracticeCsv(Writer out, List<Field> fields, Map<String, Aggregate> totals, ZoneId zone, Locale locale) {
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
    public static PracticeCsv start(OutputStream stream, Headers headers, List<Field> fields, Map<String, Aggregate> totals,
            ZoneId zone, Locale locale) {
        try {
            stream.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PracticeCsv csv = new PracticeCsv(new OutputStreamWriter(stream, StandardCharsets.UTF_8), fields, totals, zone, locale);
        List<String> header = new ArrayList<>(headers.fixed());
        csv.fields.forEach(field -> header.add(field.label().in(locale)));
        csv.line(header.stream().map(PracticeCsv::text).toList());
        csv.totalsLabel = headers.totals();
        return csv;
    }

    public void write(Row row) {
        List<String> cells = new ArrayList<>(List.of(text(row.authMethod()), text(row.applicant()), text(row.fiscalCode()),
                moment(row.inserted()), moment(row.lastChange()), text(row.status()), text(row.operator()), text(row.office()),
                text(row.area()), text(row.priority()), text(row.reference())));
        for (Field field : fields) {
            Object value = row.values().get(field.id());
            if (isNumeric(field)) {
                BigDecimal number = value instanceof BigDecimal decimal ? decimal : null;
                cells.add(number == null ? "" : number(number));
                if (number != null && totals.containsKey(field.id())) {
                    sums.merge(field.id(), number, BigDecimal::add);
                    counts.merge(field.id(), 1L, Long::sum);
                }
            } else {
                cells.add(text(FormSummary.value(field, value, locale)));
            }
        }
        line(cells);
    }

    /** Writes the totals line, when totals were asked for, and flushes; the stream stays open. */
    public void finish() {
        if (!totals.isEmpty()) {
            List<String> cells = new ArrayList<>();
            cells.add(text(totalsLabel));
            for (int i = 1; i < FIXED_COLUMNS; i++) {
                cells.add("");
            }
            for (Field field : fields) {
                Aggregate aggregate = totals.get(field.id());
                cells.add(aggregate == null ? "" : total(field.id(), aggregate));
            }
            line(cells);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String total(String fieldId, Aggregate aggregate) {
        BigDecimal sum = sums.getOrDefault(fieldId, BigDecimal.ZERO);
        long count = counts.getOrDefault(fieldId, 0L);
        return switch (aggregate) {
            case SUM -> number(sum);
            case COUNT -> String.valueOf(count);
            case AVERAGE -> count == 0 ? "" : number(sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
        };
    }

    private void line(List<String> cells) {
        try {
            out.write(String.join(SEPARATOR, cells));
            out.write(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    private static boolean isNumeric(Field field) {
        return field.kind() == FieldKind.NUMBER || field.kind() == FieldKind.AMOUNT || field.kind() == FieldKind.COMPUTED_AMOUNT;
    }

    /** A decimal comma, no grouping, the scale the number has: what an Italian spreadsheet reads as a number. */
    static String number(BigDecimal number) {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ITALY));
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        format.setGroupingUsed(false);
        return format.format(number);
    }

    /**
     * A text cell: quoted when it holds the separator, a quote or a line break (quotes doubled, RFC
     * 4180); a leading {@code = + - @} is neutralised with an apostrophe so that a spreadsheet
     * never runs a name a citizen typed as a formula.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
