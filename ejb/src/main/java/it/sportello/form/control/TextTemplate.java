package it.sportello.form.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import it.sportello.form.control.Expression.Node;

/**
 * The text of a {@link FieldKind#COMPUTED_TEXT}: literal text with {@code {expression}}
 * placeholders, e.g. {@code La durata del passo carrabile sarà di {years(data_inizio, data_fine)} anni}.
 * {@code {{} and {@code }}} write a brace. Numbers are written with the reader's decimal separator
 * and as many decimals as they have, two at most ({@code round(x, 2)} always gives two); dates as 31/12/2025
 * (31.12.2025 in German).
 */
public final class TextTemplate {

    private final List<Object> parts;

    private TextTemplate(List<Object> parts) {
        this.parts = parts;
    }

    /**
     * Reads a template.
     *
     * @throws ExpressionException when a placeholder is not a valid expression or is not closed
     */
    public static TextTemplate parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '}') {
                throw new ExpressionException("definition.template.unopened", i + 1);
            } else if (c == '{') {
                ExpressionParser parser = new ExpressionParser(text);
                Node node = parser.parsePart(i + 1);
                int end = parser.position();
                if (end >= text.length() || text.charAt(end) != '}') {
                    throw new ExpressionException("definition.template.unclosed", i + 1);
                }
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(node);
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return new TextTemplate(List.copyOf(parts));
    }

    /** The text for the given field values, or null when a placeholder has no value. */
    public String render(Function<String, Object> values, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Node node) {
                Object value = node.evaluate(values);
                if (value == null) {
                    return null;
                }
                text.append(format(value, locale));
            } else {
                text.append(part);
            }
        }
        return text.toString();
    }

    /** The ids of the fields the placeholders read. */
    public Set<String> references() {
        Set<String> ids = new LinkedHashSet<>();
        for (Object part : parts) {
            if (part instanceof Node node) {
                ids.addAll(Expression.referencesOf(node));
            }
        }
        return ids;
    }

    static String format(Object value, Locale locale) {
        if (value instanceof BigDecimal number) {
            DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
            // A division gives sixteen digits: nobody wants to read them.
            if (number.scale() > 2) {
                number = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            }
            int decimals = Math.max(0, number.scale());
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return format.format(number);
        }
        if (value instanceof LocalDate date) {
            return FormSummary.day(date, locale);
        }
        return Expression.asText(value);
    }
}
