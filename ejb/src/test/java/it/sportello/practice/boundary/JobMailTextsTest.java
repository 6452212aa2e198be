package it.sportello.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.platform.i18n.Texts;

class JobMailTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void theDraftWarningAndTheIntegrationReminderFillInWithApostrophesKept(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Texts texts = Texts.of("it.sportello.practice.boundary.mails", locale);
        Object[] values = {"Mario Rossi", "Comune di Bugliano", "Permesso ZTL", "abc-123", "30/11/2026", "https://x/p"};
        for (String key : new String[] {"draft_expiry", "integration_reminder"}) {
            assertThat(texts.get(key + ".subject", values)).contains("Comune di Bugliano");
            assertThat(texts.get(key + ".body", values))
                    .contains("Mario Rossi", "abc-123", "30/11/2026", "https://x/p")
                    .doesNotContain("{", "''");
        }
    }
}
