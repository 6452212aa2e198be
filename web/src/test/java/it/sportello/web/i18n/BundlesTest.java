package it.sportello.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Italian, English and German, and none is left empty. */
class BundlesTest {

    private static final String BASE = "/it/sportello/web/i18n/messages";

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void translationsHaveExactlyTheItalianKeys(String language) throws IOException {
        Set<String> italian = load("").stringPropertyNames();
        Set<String> translated = load("_" + language).stringPropertyNames();

        assertThat(translated).as("keys of messages_%s", language).containsExactlyInAnyOrderElementsOf(italian);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_de"})
    void noTextIsEmpty(String suffix) throws IOException {
        Properties bundle = load(suffix);
        assertThat(bundle.stringPropertyNames())
                .isNotEmpty()
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_de"})
    void placeholdersMatchTheItalianText(String suffix) throws IOException {
        Properties italian = load("");
        Properties bundle = load(suffix);
        for (String key : italian.stringPropertyNames()) {
            assertThat(placeholders(bundle.getProperty(key))).as(key).isEqualTo(placeholders(italian.getProperty(key)));
        }
    }

    /** MessageFormat eats single quotes, so texts with parameters double them and the others must not. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_de"})
    void apostrophesAreDoubledExactlyInTextsWithParameters(String suffix) throws IOException {
        Properties bundle = load(suffix);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (text.contains("{0")) {
                assertThat(text.replace("''", "")).as(key).doesNotContain("'");
            } else {
                assertThat(text).as(key).doesNotContain("''");
            }
        }
    }

    private static List<String> placeholders(String text) {
        return Pattern.compile("\\{\\d+}")
                .matcher(text)
                .results()
                .map(MatchResult::group)
                .sorted()
                .toList();
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
