package it.sportello.form.control;

import java.util.List;
import java.util.Objects;

/**
 * When a section or field is shown, from the value of a field placed before it. A field that is
 * not shown has no value, so conditions chain: a field depending on a hidden field is hidden too.
 *
 * <ul>
 * <li>{@link Test#EQUALS}: the value is {@code values.get(0)}; for checkboxes, that box is ticked;
 * <li>{@link Test#IN}: the value is one of {@code values}; for checkboxes, one of them is ticked;
 * <li>{@link Test#CHECKED}: the field has a value (privacy accepted, a box ticked, anything typed).
 * </ul>
 */
public record Condition(String fieldId, Test test, List<String> values) {

    /** How the value of the field is tested. */
    public enum Test {
        EQUALS,
        IN,
        CHECKED
    }

    public Condition {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(test, "test");
        values = List.copyOf(values);
    }

    public static Condition equalTo(String fieldId, String value) {
        return new Condition(fieldId, Test.EQUALS, List.of(value));
    }

    public static Condition in(String fieldId, List<String> values) {
        return new Condition(fieldId, Test.IN, values);
    }

    public static Condition checked(String fieldId) {
        return new Condition(fieldId, Test.CHECKED, List.of());
    }

    /** Whether the condition holds for the cleaned value of its field (null when absent or hidden). */
    public boolean holdsFor(Object value) {
        if (value == null) {
            return false;
        }
        return switch (test) {
            case CHECKED -> !(value instanceof List<?> list && list.isEmpty()) && !Boolean.FALSE.equals(value);
            case EQUALS, IN ->
                value instanceof List<?> list
                        ? list.stream().anyMatch(ticked -> values.contains(String.valueOf(ticked)))
                        : values.contains(Expression.asText(value));
        };
    }
}
