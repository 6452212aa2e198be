package it.sportello.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.platform.i18n.Texts;
import it.sportello.practice.entity.DeskAction;

class DeskMailsTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void everyActionHasItsTextsAndTheCitizenOnesFillInWithApostrophesKept(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Texts texts = Texts.of(DeskMails.BUNDLE, locale);
        Object[] values = {
            "Mario Rossi",
            "Comune di Bugliano",
            "Permesso ZTL",
            "abc-123",
            "Accettata",
            "https://x/p",
            "Serve la planimetria."
        };
        for (DeskAction.Kind kind : DeskAction.Kind.values()) {
            assertThat(texts.get("action." + kind.name())).isNotBlank();
            if (kind.concernsCitizen()) {
                String body = texts.get("citizen." + kind.name(), values);
                assertThat(body)
                        .contains("Mario Rossi", "abc-123", "Comune di Bugliano")
                        .doesNotContain("{", "''");
                if (kind == DeskAction.Kind.MESSAGE
                        || kind == DeskAction.Kind.INTEGRATION_REQUEST
                        || kind == DeskAction.Kind.OUTCOME) {
                    assertThat(body).as("the office's message is in the mail").contains("Serve la planimetria.");
                }
            }
        }
    }

    @Test
    void internalNotesAndPrioritiesAreNotTheCitizensBusiness() {
        assertThat(DeskAction.Kind.NOTE.concernsCitizen()).isFalse();
        assertThat(DeskAction.Kind.PRIORITY.concernsCitizen()).isFalse();
        assertThat(DeskAction.Kind.OUTCOME.concernsCitizen()).isTrue();
    }
}
