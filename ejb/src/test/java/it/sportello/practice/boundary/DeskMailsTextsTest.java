package it.sportello.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.practice.entity.DeskAction;

class DeskMailsTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void everyActionHasItsTextsAndTheCitizenOnesFillInWithApostrophesKept(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle(DeskMails.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = {"Mario Rossi", "Comune di Bugliano", "Permesso ZTL", "abc-123", "Accettata", "https://x/p",
            "Serve la planimetria."};
        for (DeskAction.Kind kind : DeskAction.Kind.values()) {
            assertThat(texts.getString("action." + kind.name())).isNotBlank();
            if (kind.concernsCitizen()) {
                String body = new MessageFormat(texts.getString("citizen." + kind.name()), locale).format(values);
                assertThat(body).contains("Mario Rossi", "abc-123", "Comune di Bugliano").doesNotContain("{", "''");
                if (kind == DeskAction.Kind.MESSAGE || kind == DeskAction.Kind.INTEGRATION_REQUEST || kind == DeskAction.Kind.OUTCOME) {
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
