package it.sportello.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void anAddressIsKeptWithoutTheBlanksAroundIt() {
        assertThat(new EmailAddress(" mario.rossi@example.org ").value()).isEqualTo("mario.rossi@example.org");
    }

    @ParameterizedTest(name = "\"{0}\" is not an e-mail address")
    @ValueSource(
            strings = {
                "",
                "mario.rossi",
                "mario@",
                "@example.org",
                "mario@example",
                "mario @example.org",
                "mario@@example.org",
                "mario@example.o"
            })
    void typingErrorsAreNotAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressIsAtMost254Characters() {
        String local = "a".repeat(64);
        String domain = "b".repeat(EmailAddress.LENGTH - local.length() - 1 - 3) + ".it";
        assertThat(EmailAddress.isValid(local + "@" + domain)).isTrue();
        assertThat(EmailAddress.isValid(local + "@b" + domain)).isFalse();
    }
}
