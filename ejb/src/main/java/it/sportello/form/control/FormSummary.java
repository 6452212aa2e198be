package it.sportello.form.control;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import it.sportello.platform.i18n.LocalizedText;

/**
 * Checked form data as a person reads it: section by section, each field's label and its value in
 * the reader's language (option labels, not codes; dates and amounts the Italian way). The
 * summary before sending, the filled-form PDF and the practice detail all read it from here.
 */
public final class FormSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One field with its value; {@code fieldId} lets pages and tests find it. */
    public record Line(String fieldId, String label, String value) implements java.io.Serializable {}

    /** One section with the fields that have a value. */
    public record Part(String title, List<Line> lines) implements java.io.Serializable {}

    private FormSummary() {}

    public static List<Part> of(FormDefinition definition, FormData data, Locale locale) {
        List<Part> parts = new ArrayList<>();
        for (Section section : definition.sections()) {
            List<Line> lines = new ArrayList<>();
            for (Field field : section.fields()) {
                String value = value(field, data.get(field.id()), locale);
                if (field.kind() != FieldKind.PRIVACY && !value.isEmpty()) {
                    lines.add(new Line(field.id(), field.label().in(locale), value));
                }
            }
            if (!lines.isEmpty()) {
                parts.add(new Part(section.title().in(locale), lines));
            }
        }
        return parts;
    }

    /** "martedì 15 dicembre 2026, 08:00-12:30", or with both days when the span goes past midnight. */
    public static String span(TimeSpan span, Locale locale) {
        DateTimeFormatter weekday = DateTimeFormatter.ofPattern("EEEE", locale);
        String from = weekday.format(span.start()) + " " + day(span.start().toLocalDate(), locale) + ", "
                + TIME.format(span.start());
        return span.end().toLocalDate().equals(span.start().toLocalDate())
                ? from + "-" + TIME.format(span.end())
                : from + " - " + weekday.format(span.end()) + " "
                        + day(span.end().toLocalDate(), locale) + ", " + TIME.format(span.end());
    }

    /** A day as the reader's language writes it: 17.12.2026 in German, 17/12/2026 in Italian and English. */
    public static String day(LocalDate date, Locale locale) {
        return ("de".equals(locale.getLanguage()) ? GERMAN_DATE : DATE).format(date);
    }

    /** A value as a person reads it; empty when there is none. */
    public static String value(Field field, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalizedText text) {
            return text.in(locale);
        }
        if (value instanceof BigDecimal number) {
            return field.kind() == FieldKind.AMOUNT || field.kind() == FieldKind.COMPUTED_AMOUNT
                    ? NumberFormat.getCurrencyInstance(Locale.ITALY).format(number)
                    : NumberFormat.getNumberInstance(Locale.ITALY).format(number);
        }
        if (value instanceof LocalDate date) {
            return day(date, locale);
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof TimeSpan span) {
            return span(span, locale);
        }
        if (value instanceof RequestKind kind) {
            return kind.label().in(locale);
        }
        if (value instanceof StoredFile file) {
            return file.fileName();
        }
        if (value instanceof Boolean accepted) {
            return accepted ? "✓" : "";
        }
        if (value instanceof GeoPoint point) {
            return point.toString();
        }
        if (value instanceof PostalAddress address) {
            String comune = address.comune() == null
                    ? ""
                    : address.comune()
                            + (address.province() == null || address.province().isBlank()
                                    ? ""
                                    : " (" + address.province() + ")");
            return Stream.of(join(address.street(), address.number()), join(address.cap(), comune))
                    .filter(part -> !part.isBlank())
                    .collect(Collectors.joining(", "));
        }
        if (field.kind().hasOptions()) {
            List<String> chosen = value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            return chosen.stream()
                    .map(v -> field.option(v).map(o -> o.label().in(locale)).orElse(v))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static String join(String first, String second) {
        return Stream.of(first, second)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
