package it.sportello.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.violation("olga", "Campanile.di.Pisa.1173")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "olga, corta1, password.policy.too_short",
        "olga, soltantolettere, password.policy.letters_and_digits",
        "olga, 123456789012, password.policy.letters_and_digits",
        "olga, ciaoOLGA12345, password.policy.contains_username"
    })
    void refusesWithTheRuleItBreaks(String username, String password, String rule) {
        assertThat(PasswordPolicy.violation(username, password)).contains(rule);
    }

    @Test
    void refusesNothingAndAbsurdLengths() {
        assertThat(PasswordPolicy.violation("olga", null)).contains("password.policy.too_short");
        assertThat(PasswordPolicy.violation("olga", "a1".repeat(101))).contains("password.policy.too_long");
    }
}
