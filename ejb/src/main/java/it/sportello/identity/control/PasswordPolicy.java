package it.sportello.identity.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What makes a staff password acceptable: at least {@value #MIN_LENGTH} characters, letters and
 * digits, and not the username. Long passphrases are welcome; there is no maximum below
 * {@value #MAX_LENGTH}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.policy.too_short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.policy.too_long");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.policy.letters_and_digits");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.policy.contains_username");
        }
        return Optional.empty();
    }
}
