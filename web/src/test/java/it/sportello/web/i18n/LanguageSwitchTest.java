package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.web.LocalPaths;

class LanguageSwitchTest {

    @Test
    void goesBackToAPageOfTheApplication() {
        assertThat(LocalPaths.orHome("/index.xhtml")).isEqualTo("/index.xhtml");
        assertThat(LocalPaths.orHome("/backoffice/index.xhtml")).isEqualTo("/backoffice/index.xhtml");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "//evil.example/x",
                "https://evil.example/",
                "index.xhtml",
                "/\\evil.example",
                "/a\r\nSet-Cookie: x=y"
            })
    void neverLeavesTheApplication(String target) {
        assertThat(LocalPaths.orHome(target)).isEqualTo("/");
    }

    @Test
    void onlyItalianEnglishAndGermanAreSupported() {
        assertThat(LocaleSelection.supported("de")).contains(Locale.GERMAN);
        assertThat(LocaleSelection.supported("en")).contains(Locale.ENGLISH);
        assertThat(LocaleSelection.supported("fr")).isEmpty();
        assertThat(LocaleSelection.supported(null)).isEmpty();
        assertThat(LocaleSelection.SUPPORTED.get(0)).as("Italian first").isEqualTo(Locale.ITALIAN);
    }
}
