package it.sportello.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText text = new LocalizedText("Ambiente", "Environment", "Umwelt");

    @Test
    void speaksTheReadersLanguage() {
        assertThat(text.in(Locale.ITALIAN)).isEqualTo("Ambiente");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Environment");
        assertThat(text.in(Locale.GERMANY)).isEqualTo("Umwelt");
    }

    @Test
    void fallsBackToItalianWhenATranslationIsMissingOrBlank() {
        LocalizedText untranslated = new LocalizedText("Vita lavorativa", " ", null);

        assertThat(untranslated.in(Locale.ENGLISH)).isEqualTo("Vita lavorativa");
        assertThat(untranslated.in(Locale.GERMAN)).isEqualTo("Vita lavorativa");
        assertThat(untranslated.in(Locale.FRENCH)).isEqualTo("Vita lavorativa");
        assertThat(untranslated.in(null)).isEqualTo("Vita lavorativa");
    }

    @Test
    void requiresTheItalianText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(" ", "Environment", "Umwelt"));
        assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.italian(null));
    }

    @Test
    void equalTextsAreEqual() {
        assertThat(text)
                .isEqualTo(new LocalizedText("Ambiente", "Environment", "Umwelt"))
                .hasSameHashCodeAs(new LocalizedText("Ambiente", "Environment", "Umwelt"))
                .isNotEqualTo(LocalizedText.italian("Ambiente"));
    }
}
