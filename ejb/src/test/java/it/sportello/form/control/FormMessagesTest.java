package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormMessagesTest {

    @Test
    void anErrorAloneReadsAsAMessage() {
        assertThat(FormMessages.message(new FieldError("x", "form.required"), Locale.ITALIAN))
                .isEqualTo("Campo richiesto");
        assertThat(FormMessages.message(new FieldError("x", "form.required"), Locale.ENGLISH))
                .isEqualTo("Required field");
    }

    @Test
    void parametersAreFormattedForTheReader() {
        FieldError error = new FieldError("x", "form.number.max", new java.math.BigDecimal("1000.50"));
        assertThat(FormMessages.message(error, Locale.ITALIAN)).isEqualTo("Il valore massimo è 1000,50");
        assertThat(FormMessages.message(
                        new FieldError("x", "form.date.min", java.time.LocalDate.of(2025, 6, 1)), Locale.GERMAN))
                .isEqualTo("Das Datum darf nicht vor dem 01.06.2025 liegen");
    }

    @Test
    void anApostropheInAMessageWithParametersIsKept() {
        DefinitionProblem problem =
                new DefinitionProblem("$.sections[0].fields[1].id", "definition.id.duplicate", "nome");
        assertThat(FormMessages.render(problem, Locale.ITALIAN))
                .isEqualTo("$.sections[0].fields[1].id: l'identificativo \"nome\" è già usato");
    }

    @Test
    void aProblemOfADefinitionSaysWhereItIs() {
        List<DefinitionProblem> problems = FormDefinitions.problems(
                FormDefinitionsTest.form("{\"id\": \"x\", \"kind\": \"SLIDER\", \"label\": \"X\"}"));
        assertThat(problems)
                .extracting(problem -> FormMessages.render(problem, Locale.ENGLISH))
                .containsExactly("$.sections[0].fields[0].kind: unknown field kind \"SLIDER\"");
    }

    @Test
    void anItalianReaderReadsItalianWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(FormMessages.message(new FieldError("x", "form.required"), Locale.ITALIAN))
                    .isEqualTo("Campo richiesto");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_en", "_de"})
    void everyMessageIsTranslated(String suffix) throws IOException {
        assertThat(keys(suffix)).isEqualTo(keys(""));
    }

    @Test
    void everyMessageWithPlaceholdersFormats() throws IOException {
        for (String suffix : List.of("", "_en", "_de")) {
            Properties messages = messages(suffix);
            for (String key : messages.stringPropertyNames()) {
                if (!messages.getProperty(key).contains("{0}")) {
                    continue;
                }
                Locale locale = suffix.isEmpty() ? Locale.ITALIAN : Locale.forLanguageTag(suffix.substring(1));
                assertThat(FormMessages.text(key, locale, List.of("a", "b")))
                        .as(key + suffix)
                        .doesNotContain("{0}");
            }
        }
    }

    private static Properties messages(String suffix) throws IOException {
        Properties properties = new Properties();
        try (var in = new java.io.InputStreamReader(
                FormMessages.class.getResourceAsStream("FormMessages" + suffix + ".properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Properties keys(String suffix) throws IOException {
        Properties properties = messages(suffix);
        Properties names = new Properties();
        properties.stringPropertyNames().forEach(name -> names.setProperty(name, ""));
        return names;
    }
}
