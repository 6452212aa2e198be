package it.sportello.form.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The checks a field's value must pass besides "required" and those of its kind. Every part is
 * optional (null); which parts apply to which kinds is checked when the definition is read.
 *
 * @param pattern   a Java regular expression the whole text must match (text, long text, phone)
 * @param minLength fewest characters of a typed text
 * @param maxLength most characters of a typed text
 * @param min       smallest number or amount
 * @param max       largest number or amount
 * @param decimals  most fraction digits of a number (0 = whole numbers); amounts always have 2
 * @param minDate   earliest date
 * @param maxDate   latest date
 * @param after     the id of a field of the same kind (date or time) placed before, whose value this
 *                  one must come strictly after: the end of any range, such as a closing time
 */
public record Rules(
        String pattern,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        Integer decimals,
        DateBound minDate,
        DateBound maxDate,
        String after) {

    public static final Rules NONE = new Rules(null, null, null, null, null, null, null, null, null);

    /** The pattern compiled, or null when there is none. Checked to compile when the definition is read. */
    public Pattern compiledPattern() {
        return pattern == null ? null : Pattern.compile(pattern);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
