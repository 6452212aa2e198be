package it.sportello.form.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The earliest or latest date a date field accepts, written as a base and an optional shift:
 * {@code 2025-01-01}, {@code today}, {@code today+30d}, {@code today-18y}, {@code data_inizio+1d}
 * (a date field placed before). Units are d(ays), m(onths), y(ears). A bound on a field that has
 * no value does not apply: "required" is a rule of its own.
 */
public record DateBound(String base, int amount, char unit) {

    private static final Pattern SYNTAX =
            Pattern.compile("([a-z][a-z0-9_]*|\\d{4}-\\d{2}-\\d{2})(?:([+-])(\\d{1,4})([dmy]))?");

    public static final String TODAY = "today";

    public DateBound {
        Objects.requireNonNull(base, "base");
        if ("dmy".indexOf(unit) < 0) {
            throw new IllegalArgumentException("unit must be d, m or y");
        }
    }

    /** The bound written in {@code text}, or empty if it is not written as documented above. */
    public static Optional<DateBound> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String base = matcher.group(1);
        if (Character.isDigit(base.charAt(0))) {
            try {
                LocalDate.parse(base);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        int amount = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        if ("-".equals(matcher.group(2))) {
            amount = -amount;
        }
        char unit = matcher.group(4) == null ? 'd' : matcher.group(4).charAt(0);
        return Optional.of(new DateBound(base, amount, unit));
    }

    /** The id of the date field the bound is relative to, if it is. */
    public Optional<String> fieldId() {
        return TODAY.equals(base) || Character.isDigit(base.charAt(0)) ? Optional.empty() : Optional.of(base);
    }

    /**
     * The date, or null when it is relative to a field without a value.
     *
     * @param dates the cleaned value of a field by id
     */
    public LocalDate resolve(LocalDate today, Function<String, Object> dates) {
        LocalDate start;
        if (TODAY.equals(base)) {
            start = today;
        } else if (Character.isDigit(base.charAt(0))) {
            start = LocalDate.parse(base);
        } else {
            start = dates.apply(base) instanceof LocalDate date ? date : null;
        }
        if (start == null) {
            return null;
        }
        return switch (unit) {
            case 'y' -> start.plusYears(amount);
            case 'm' -> start.plusMonths(amount);
            default -> start.plusDays(amount);
        };
    }

    @Override
    public String toString() {
        return amount == 0 ? base : base + (amount > 0 ? "+" : "") + amount + unit;
    }
}
