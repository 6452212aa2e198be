package it.sportello.identity.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The codice fiscale of a natural person, as defined by the Decreto Ministeriale 23 dicembre 1976
 * and assigned by the Agenzia delle Entrate: three letters from the surname, three from the name,
 * two digits of the birth year, a letter for the month, the day of birth (plus 40 for women), the
 * Belfiore code of the birthplace (a comune, or Z and a country for people born abroad) and a
 * check character computed from the fifteen before it. When two people would get the same code
 * (omocodia) the Agenzia replaces digits with the letters L M N P Q R S T U V, and the check
 * character is computed on the code as written.
 *
 * <p>The code does not say the century, so the birth date is the later of 19yy and 20yy that is
 * not after today. For the same reason a 29 February is accepted when it exists in one of the two
 * readings, that is when yy is a multiple of four: 1900 was not a leap year, but 2000 was. The
 * birthplace is checked for its shape only, not against the register of Belfiore codes.
 */
public record FiscalCode(String value) implements Serializable {

    /** Length of a codice fiscale, for columns and form fields. */
    public static final int LENGTH = 16;

    private static final String SPID_PREFIX = "TINIT-";

    private static final String MONTH_LETTERS = "ABCDEHLMPRST";

    /** The letter that replaces each digit 0-9 in an omocodic code. */
    private static final String OMOCODIC_LETTERS = "LMNPQRSTUV";

    /** Zero-based indexes of the characters that hold digits, or their omocodic letters. */
    private static final int[] DIGIT_INDEXES = {6, 7, 9, 10, 12, 13, 14};

    /** What a character weighs in an odd position, by rank (A or 0, B or 1, ... Z). */
    private static final int[] ODD_POSITION_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    private static final int FEMALE_DAY_OFFSET = 40;

    /**
     * The fiscal code written in the text, normalised as by {@link #of(String)}.
     *
     * @throws InvalidFiscalCodeException if the text is not a codice fiscale
     */
    public FiscalCode {
        value = normalise(value);
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidFiscalCodeException(problem);
        }
    }

    /**
     * The fiscal code written in the text, ignoring surrounding blanks, case and the {@code TINIT-}
     * prefix that SPID puts in front of it.
     *
     * @throws InvalidFiscalCodeException if the text is not a codice fiscale
     */
    public static FiscalCode of(String text) {
        return new FiscalCode(text);
    }

    /** Like {@link #of(String)}, for callers that only need to know whether it worked. */
    public static Optional<FiscalCode> parse(String text) {
        return isValid(text) ? Optional.of(new FiscalCode(text)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return problemWith(normalise(text)) == null;
    }

    /**
     * The check character that completes the first fifteen characters of a codice fiscale.
     *
     * @param first15 fifteen upper-case letters or digits
     * @throws IllegalArgumentException if {@code first15} is anything else
     */
    public static char checkCharacter(String first15) {
        if (first15 == null
                || first15.length() != LENGTH - 1
                || !first15.chars().allMatch(c -> isDigit(c) || isLetter(c))) {
            throw new IllegalArgumentException("Expected fifteen upper-case letters or digits");
        }
        int sum = 0;
        for (int i = 0; i < first15.length(); i++) {
            int rank = rank(first15.charAt(i));
            // The standard counts positions from 1: even indexes are its odd positions.
            sum += i % 2 == 0 ? ODD_POSITION_VALUES[rank] : rank;
        }
        return (char) ('A' + sum % 26);
    }

    /** The birth date, reading the two-digit year in the century that does not put it in the future. */
    public LocalDate birthDate() {
        return birthDate(LocalDate.now());
    }

    /** The birth date, as it would be read on the given day. */
    public LocalDate birthDate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        int year = number(6, 8);
        Month month = month();
        int day = dayOfMonth();
        LocalDate in2000s = LocalDate.of(2000 + year, month, day);
        if (!in2000s.isAfter(today)) {
            return in2000s;
        }
        YearMonth in1900s = YearMonth.of(1900 + year, month);
        // 29 February of year 00 can only be 2000, whatever today is.
        return in1900s.isValidDay(day) ? in1900s.atDay(day) : in2000s;
    }

    public Sex sex() {
        return number(9, 11) > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /** The Belfiore code of the birthplace with any omocodic letters read back as digits, e.g. H501. */
    public String birthPlaceCode() {
        return value.charAt(11) + String.format(Locale.ROOT, "%03d", number(12, 15));
    }

    /** Whether the Agenzia replaced some digits with letters to tell this person from another. */
    public boolean isOmocodic() {
        for (int index : DIGIT_INDEXES) {
            if (isLetter(value.charAt(index))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }

    private Month month() {
        return Month.of(MONTH_LETTERS.indexOf(value.charAt(8)) + 1);
    }

    private int dayOfMonth() {
        int day = number(9, 11);
        return day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
    }

    private int number(int from, int to) {
        return number(value, from, to);
    }

    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        // Locale.ROOT: in a Turkish locale "i" would become a dotted capital I.
        String code = text.strip().toUpperCase(Locale.ROOT);
        return code.startsWith(SPID_PREFIX) ? code.substring(SPID_PREFIX.length()) : code;
    }

    /** The message key of the first rule the normalised code breaks, or null if it breaks none. */
    private static String problemWith(String code) {
        if (code == null || code.length() != LENGTH) {
            return InvalidFiscalCodeException.FORMAT;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            boolean expected = holdsDigit(i) ? isDigit(c) || OMOCODIC_LETTERS.indexOf(c) >= 0 : isLetter(c);
            if (!expected) {
                return InvalidFiscalCodeException.FORMAT;
            }
        }
        int monthIndex = MONTH_LETTERS.indexOf(code.charAt(8));
        int day = number(code, 9, 11);
        if (day > FEMALE_DAY_OFFSET) {
            day -= FEMALE_DAY_OFFSET;
        }
        // Reading the year in the 2000s accepts exactly the dates that exist in 19yy or 20yy:
        // they differ only on 29 February 1900, which never existed.
        if (monthIndex < 0
                || !YearMonth.of(2000 + number(code, 6, 8), monthIndex + 1).isValidDay(day)) {
            return InvalidFiscalCodeException.DATE;
        }
        if (code.charAt(15) != checkCharacter(code.substring(0, 15))) {
            return InvalidFiscalCodeException.CHECK;
        }
        return null;
    }

    private static boolean holdsDigit(int index) {
        for (int digitIndex : DIGIT_INDEXES) {
            if (digitIndex == index) {
                return true;
            }
        }
        return false;
    }

    /** The number written in {@code code[from, to)}, omocodic letters counting as their digits. */
    private static int number(String code, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            number = number * 10 + (isDigit(c) ? c - '0' : OMOCODIC_LETTERS.indexOf(c));
        }
        return number;
    }

    /** Position in the conversion tables, where 0 ranks as A, 1 as B ... 9 as J. */
    private static int rank(char c) {
        return isDigit(c) ? c - '0' : c - 'A';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }
}
