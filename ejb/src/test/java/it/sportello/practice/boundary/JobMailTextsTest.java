package it.sportello.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobMailTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void theDraftWarningAndTheIntegrationReminderFillInWithApostrophesKept(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle("it.sportello.practice.boundary.mails", locale);
        Object[] values = {"Mario Rossi", "Comune di Bugliano", "Permesso ZTL", "abc-123", "30/11/2026", "https://x/p"};
        for (String key : new String[] {"draft_expiry", "integration_reminder"}) {
            assertThat(new MessageFormat(texts.getString(key + ".subject"), locale).format(values)).contains("Comune di Bugliano");
            assertThat(new MessageFormat(texts.getString(key + ".body"), locale).format(values))
                    .contains("Mario Rossi", "abc-123", "30/11/2026", "https://x/p").doesNotContain("{", "''");
        }
    }
}
