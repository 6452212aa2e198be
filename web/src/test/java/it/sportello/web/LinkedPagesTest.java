package it.sportello.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.sportello.platform.links.PublicPage;

/**
 * The business module links to the desk's pages by the paths in the settings file, which cannot
 * see this module's pages; so a page that moves, or a path mistyped, is found here and not by a
 * citizen following an e-mail.
 */
class LinkedPagesTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    private static Properties settings;

    @BeforeAll
    static void readSettings() throws IOException {
        settings = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("../config/src/main/resources/META-INF/microprofile-config.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(in);
        }
    }

    @Test
    void everyPageLinkedToHasItsPathInTheSettings() {
        for (PublicPage page : PublicPage.values()) {
            assertThat(settings.getProperty(page.key())).as(page.key()).startsWith("/");
        }
    }

    @Test
    void everyPathLinkedToNamesAPageOfThisModule() {
        // besides paths, sportello.pages.* holds how long public pages are kept (cache-seconds)
        List<String> paths = settings.stringPropertyNames().stream()
                .filter(key -> key.startsWith("sportello.pages.")
                        && settings.getProperty(key).startsWith("/"))
                .toList();
        assertThat(paths).hasSizeGreaterThanOrEqualTo(PublicPage.values().length);
        for (String key : paths) {
            String page = settings.getProperty(key).substring(1).replaceFirst("\\?.*", "");
            assertThat(PAGES.resolve(page)).as(key).isRegularFile();
        }
    }
}
