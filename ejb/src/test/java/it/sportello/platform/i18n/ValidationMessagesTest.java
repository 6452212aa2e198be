package it.sportello.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages of the business constraints say the same things in Italian (the base), English and German. */
class ValidationMessagesTest {

    @ParameterizedTest(name = "ValidationMessages_{0} has exactly the Italian keys")
    @ValueSource(strings = {"en", "de"})
    void translationsHaveExactlyTheItalianKeys(String language) throws IOException {
        Properties italian = read("/ValidationMessages.properties");
        Properties translation = read("/ValidationMessages_" + language + ".properties");

        assertThat(translation.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(italian.stringPropertyNames());
        assertThat(translation.values())
                .allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
