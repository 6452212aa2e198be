package it.sportello.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The settings file and the README's settings table describe the same keys with the same
 * defaults, so an administrator reading the README never meets an undocumented setting.
 */
class SettingsAreDocumentedTest {

    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\|\\s*`([a-z0-9.-]+)`\\s*\\|\\s*`([^`]*)`\\s*\\|", Pattern.MULTILINE);

    @Test
    void everySettingIsInTheReadmeWithItsDefault() throws IOException {
        Map<String, String> documented = readmeTable();
        Properties settings = settings();

        assertThat(settings.stringPropertyNames()).isNotEmpty();
        for (String key : settings.stringPropertyNames()) {
            assertThat(documented).as("README settings table").containsEntry(key, settings.getProperty(key));
        }
    }

    @Test
    void theReadmeDocumentsNoSettingThatDoesNotExist() throws IOException {
        assertThat(settings().stringPropertyNames()).containsAll(readmeTable().keySet());
    }

    private static Properties settings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                SettingsAreDocumentedTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            assertThat(in).as("settings file").isNotNull();
            properties.load(in);
        }
        return properties;
    }

    private static Map<String, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = TABLE_ROW.matcher(readme);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }
}
