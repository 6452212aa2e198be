package it.sportello.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text the desk writes itself — PDFs, e-mails, files — rendered the way the code renders
 * it, through {@link Texts}, in Italian, English and German: no reader ever sees a doubled
 * apostrophe, and none is lost to MessageFormat's quoting.
 */
class BundleTextsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** More values than any text has placeholders, so that every one is filled in. */
    private static final Object[] VALUES =
            IntStream.range(0, 12).mapToObj(i -> "«" + i + "»").toArray();

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void noRenderedTextShowsADoubledApostrophe(String language) throws IOException {
        List<String> doubled = new ArrayList<>();
        List<String> bundles = bundles();
        assertThat(bundles)
                .contains(
                        "it.sportello.payment.control.notice",
                        "it.sportello.practice.boundary.desk-mails",
                        "it.sportello.protocol.boundary.protocol");
        for (String bundle : bundles) {
            Texts texts = Texts.of(bundle, Locale.forLanguageTag(language));
            for (String key : keys(bundle)) {
                String rendered = texts.get(key, VALUES);
                if (rendered.contains("''")) {
                    doubled.add(bundle + " " + key + ": " + rendered);
                }
            }
        }
        assertThat(doubled).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_it", "_en", "_de"})
    void noApostropheOfAPatternIsEatenByMessageFormat(String suffix) throws IOException {
        List<String> eaten = new ArrayList<>();
        for (String bundle : bundles()) {
            Path file = file(bundle, suffix);
            if (!Files.exists(file)) {
                continue;
            }
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                // a quoted brace ('{') is meant; any other single quote would vanish with the text it opens
                String unquoted = text.replace("''", "").replaceAll("'[{}#]+'", "");
                if (Texts.hasPlaceholders(text) && unquoted.contains("'")) {
                    eaten.add(file + " " + key);
                }
            }
        }
        assertThat(eaten).isEmpty();
    }

    /** The base names of the bundles under it/sportello, from their Italian base files. */
    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("it/sportello"))) {
            return files.map(RESOURCES::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.matches(".*_[a-z]{2}"))
                    .map(name -> name.replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> keys(String bundle) throws IOException {
        return load(file(bundle, "")).stringPropertyNames().stream().sorted().toList();
    }

    private static Path file(String bundle, String suffix) {
        return RESOURCES.resolve(bundle.replace('.', '/') + suffix + ".properties");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
