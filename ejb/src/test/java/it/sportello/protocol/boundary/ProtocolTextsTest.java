package it.sportello.protocol.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.protocol.entity.Direction;
import it.sportello.protocol.entity.RegistrationKind;

class ProtocolTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void everyRegistrationHasASubjectAndTheCitizenIsToldTheNumber(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle(ProtocolRequests.BUNDLE, locale);
        for (RegistrationKind kind : RegistrationKind.values()) {
            assertThat(MessageFormat.format(texts.getString("subject." + kind.name()), "Permesso ZTL", "abc-123", "Mario Rossi"))
                    .contains("Permesso ZTL", "abc-123", "Mario Rossi").doesNotContain("''");
        }
        for (Direction direction : Direction.values()) {
            assertThat(texts.getString("direction." + direction.name())).isNotBlank();
        }
        Object[] values = {"Mario Rossi", "Comune di Bugliano", "Permesso ZTL", "abc-123", "2026/0000012", "23/11/2026", "https://x/p"};
        assertThat(new MessageFormat(texts.getString("mail.body"), locale).format(values)).contains("2026/0000012", "https://x/p")
                .doesNotContain("{", "''");
    }
}
