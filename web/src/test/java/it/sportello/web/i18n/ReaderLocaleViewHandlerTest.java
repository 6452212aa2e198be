package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

class ReaderLocaleViewHandlerTest {

    @Test
    void aViewSpeaksTheLanguageTheReaderChoseWhateverTheBrowserAsks() {
        FacesContext faces = faces(Map.of(LocaleSelection.COOKIE, new Cookie(LocaleSelection.COOKIE, "de")));

        assertThat(new ReaderLocaleViewHandler(null).calculateLocale(faces)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aReaderWhoChoseNoLanguageReadsItalian() {
        assertThat(new ReaderLocaleViewHandler(null).calculateLocale(faces(Map.of())))
                .isEqualTo(Locale.ITALIAN);
        assertThat(new ReaderLocaleViewHandler(null)
                        .calculateLocale(
                                faces(Map.of(LocaleSelection.COOKIE, new Cookie(LocaleSelection.COOKIE, "xx")))))
                .isEqualTo(Locale.ITALIAN);
    }

    @Test
    void everyViewIsCreatedThroughIt() throws Exception {
        assertThat(Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml")))
                .contains("<view-handler>" + ReaderLocaleViewHandler.class.getName() + "</view-handler>");
    }

    private static FacesContext faces(Map<String, Object> cookies) {
        ExternalContext external = new ExternalContextWrapper(null) {
            @Override
            public Map<String, Object> getRequestCookieMap() {
                return cookies;
            }
        };
        return new FacesContextWrapper(null) {
            @Override
            public ExternalContext getExternalContext() {
                return external;
            }
        };
    }
}
