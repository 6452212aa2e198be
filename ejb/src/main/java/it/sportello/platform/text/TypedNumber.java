package it.sportello.platform.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A decimal number as a person types it in Italy or elsewhere: {@code 12}, {@code 12,30},
 * {@code 12.30}, {@code 1.234,50}, {@code 1,234.50}, {@code 1 234,50}, with an optional sign.
 * With both a dot and a comma, the last one separates the decimals and the other groups
 * thousands; one of them alone, once, separates the decimals; repeated, it groups thousands.
 * Groups are of three digits. Anything else is not a number: the text is read whole, never up
 * to the first character that does not fit, so "12,3x" is refused rather than read as 12,3.
 *
 * <p>{@link #decimals()} counts the decimals as typed, trailing zeros included: "1.500" has
 * three, which an amount in euros refuses instead of reading one euro fifty where the person
 * may have meant fifteen hundred.
 */
public record TypedNumber(BigDecimal value, int decimals) {

    /** Digits before the decimals, as many as a database column of numbers holds. */
    static final int MAX_WHOLE_DIGITS = 15;

    static final int MAX_DECIMALS = 10;

    /** Blanks that may group thousands: space, no-break space, narrow no-break space. */
    private static final String BLANKS = " \u00A0\u202F";

    /** The number in the text, or empty when the text is not a number as a whole. */
    public static Optional<TypedNumber> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String number = text.strip();
        boolean negative = false;
        if (number.startsWith("-") || number.startsWith("+")) {
            negative = number.charAt(0) == '-';
            number = number.substring(1);
        }
        char separator = decimalSeparator(number);
        int split = separator == 0 ? number.length() : number.lastIndexOf(separator);
        String whole = digitsOf(number.substring(0, split), separator);
        String fraction = separator == 0 ? "" : number.substring(split + 1);
        if (whole == null
                || whole.length() > MAX_WHOLE_DIGITS
                || fraction.length() > MAX_DECIMALS
                || (separator != 0 && !allDigits(fraction))) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(whole + (fraction.isEmpty() ? "" : "." + fraction));
        return Optional.of(new TypedNumber(negative ? value.negate() : value, fraction.length()));
    }

    /** The character that separates the decimals, or 0 when the number has none. */
    private static char decimalSeparator(String number) {
        int dot = number.lastIndexOf('.');
        int comma = number.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            return dot > comma ? '.' : ',';
        }
        if (dot >= 0) {
            return number.indexOf('.') == dot ? '.' : 0;
        }
        if (comma >= 0) {
            return number.indexOf(',') == comma ? ',' : 0;
        }
        return 0;
    }

    /**
     * The digits of the whole part, without the separator that groups them by three; null when it
     * is not digits, or groups them otherwise, or with more than one kind of separator.
     */
    private static String digitsOf(String whole, char decimalSeparator) {
        if (allDigits(whole)) {
            return whole;
        }
        char grouping = 0;
        for (char c : whole.toCharArray()) {
            if (!isDigit(c)) {
                if (c == decimalSeparator
                        || (c != '.' && c != ',' && BLANKS.indexOf(c) < 0)
                        || (grouping != 0 && c != grouping)) {
                    return null;
                }
                grouping = c;
            }
        }
        String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        StringBuilder digits = new StringBuilder(groups[0]);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
            digits.append(groups[i]);
        }
        return allDigits(digits.toString()) ? digits.toString() : null;
    }

    private static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(TypedNumber::isDigit);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
