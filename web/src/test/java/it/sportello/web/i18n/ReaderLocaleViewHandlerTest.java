package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

class ReaderLocaleViewHandlerTest {

    @Test
    void aViewSpeaksTheLanguageTheReaderChoseWhateverTheBrowserAsks() {
        FacesContext faces = faces(session(Map.of(LocaleSelection.ATTRIBUTE, Locale.GERMAN)));

        assertThat(new ReaderLocaleViewHandler(null).calculateLocale(faces)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aReaderWhoChoseNoLanguageReadsItalian() {
        assertThat(new ReaderLocaleViewHandler(null).calculateLocale(faces(null))).isEqualTo(Locale.ITALIAN);
        assertThat(new ReaderLocaleViewHandler(null).calculateLocale(faces(session(Map.of())))).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void everyViewIsCreatedThroughIt() throws Exception {
        assertThat(Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml")))
                .contains("<view-handler>" + ReaderLocaleViewHandler.class.getName() + "</view-handler>");
    }

    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> "getAttribute".equals(method.getName()) ? attributes.get((String) arguments[0]) : null);
    }

    private static FacesContext faces(HttpSession session) {
        ExternalContext external = new ExternalContextWrapper(null) {
            @Override
            public Object getSession(boolean create) {
                return session;
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
