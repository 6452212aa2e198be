package it.sportello.protocol.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.platform.i18n.Texts;
import it.sportello.protocol.entity.Direction;
import it.sportello.protocol.entity.RegistrationKind;

class ProtocolTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void everyRegistrationHasASubjectAndTheCitizenIsToldTheNumber(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Texts texts = Texts.of(ProtocolRequests.BUNDLE, locale);
        for (RegistrationKind kind : RegistrationKind.values()) {
            assertThat(texts.get("subject." + kind.name(), "Permesso ZTL", "abc-123", "Mario Rossi"))
                    .contains("Permesso ZTL", "abc-123", "Mario Rossi")
                    .doesNotContain("''");
        }
        for (Direction direction : Direction.values()) {
            assertThat(texts.get("direction." + direction.name())).isNotBlank();
        }
        Object[] values = {
            "Mario Rossi", "Comune di Bugliano", "Permesso ZTL", "abc-123", "2026/0000012", "23/11/2026", "https://x/p"
        };
        assertThat(texts.get("mail.body", values))
                .contains("2026/0000012", "https://x/p")
                .doesNotContain("{", "''");
    }
}
