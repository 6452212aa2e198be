package it.sportello.payment.entity;

import java.util.Objects;

/**
 * The pagoPA codice avviso ("numero avviso"), 18 digits, for aux digit 3: the aux digit, then the
 * IUV made of the segregation code (2 digits), a 13-digit base and 2 check digits. The check digits
 * are the remainder of the division by 93 of the number aux digit + segregation code + base, so a
 * mistyped number is caught before it reaches the intermediary.
 */
public record NoticeNumber(String value) {

    public static final int LENGTH = 18;
    public static final int IUV_LENGTH = 17;
    public static final char AUX_DIGIT = '3';
    static final long BASE_LIMIT = 10_000_000_000_000L;

    public NoticeNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{" + LENGTH + "}") || value.charAt(0) != AUX_DIGIT) {
            throw new IllegalArgumentException("Not an aux digit 3 notice number: " + value);
        }
        if (!checkDigits(value.substring(0, 16)).equals(value.substring(16))) {
            throw new IllegalArgumentException("Wrong check digits: " + value);
        }
    }

    /** The number of the {@code base}-th debt position of the creditor with this segregation code. */
    public static NoticeNumber issue(String segregationCode, long base) {
        if (segregationCode == null || !segregationCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("The segregation code has 2 digits: " + segregationCode);
        }
        if (base < 0 || base >= BASE_LIMIT) {
            throw new IllegalArgumentException("The IUV base has 13 digits: " + base);
        }
        String head = AUX_DIGIT + segregationCode + String.format("%013d", base);
        return new NoticeNumber(head + checkDigits(head));
    }

    /** Checks a number as typed (spaces allowed), e.g. on a notice. */
    public static boolean isValid(String typed) {
        try {
            new NoticeNumber(typed == null ? "" : typed.replace(" ", ""));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String checkDigits(String head) {
        return String.format("%02d", Long.parseLong(head) % 93);
    }

    /** The Identificativo Univoco di Versamento: the number without the aux digit. */
    public String iuv() {
        return value.substring(1);
    }

    public String segregationCode() {
        return value.substring(1, 3);
    }

    /** In groups of four, as printed on notices: {@code 3010 0000 0000 0000 44}. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(value, i, Math.min(i + 4, value.length()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
