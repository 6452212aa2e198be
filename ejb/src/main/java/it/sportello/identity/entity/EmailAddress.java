package it.sportello.identity.entity;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * An e-mail address the desk writes to: something, an at sign and a domain with a dot and a last
 * part of at least two characters, no blanks, at most {@link #LENGTH} characters. It does not
 * prove the mailbox exists; it stops the typing errors ("mario.rossi", "mario@", "mario @x.it")
 * that would send a confirmation nowhere.
 */
public record EmailAddress(String value) implements Serializable {

    /** The longest address a mail server accepts (RFC 5321), for columns and fields. */
    public static final int LENGTH = 254;

    /** The shape of an address, for {@code @Pattern} on the fields that take one. */
    public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    /**
     * The address, without the blanks around it.
     *
     * @throws IllegalArgumentException if the text is not an e-mail address
     */
    public EmailAddress {
        value = value == null ? null : value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
    }

    public static boolean isValid(String text) {
        return text != null
                && text.strip().length() <= LENGTH
                && SHAPE.matcher(text.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
