package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextTemplateTest {

    private static final Map<String, Object> DATES =
            Map.of("data_inizio", LocalDate.of(2025, 3, 1), "data_fine", LocalDate.of(2054, 3, 1));

    @Test
    void placeholdersAreReplacedByTheirValues() {
        TextTemplate template =
                TextTemplate.parse("La durata del passo carrabile sarà di {years(data_inizio, data_fine)} anni");
        assertThat(template.render(DATES::get, Locale.ITALIAN))
                .isEqualTo("La durata del passo carrabile sarà di 29 anni");
    }

    @Test
    void aPlaceholderWithoutValueLeavesTheWholeTextEmpty() {
        assertThat(TextTemplate.parse("Durata: {years(data_inizio, manca)} anni")
                        .render(DATES::get, Locale.ITALIAN))
                .isNull();
    }

    @Test
    void numbersAndDatesAreWrittenForTheReader() {
        TextTemplate template = TextTemplate.parse("{round(x, 2)} {d}");
        Map<String, Object> values = Map.of("x", new BigDecimal("32"), "d", LocalDate.of(2025, 12, 31));
        assertThat(template.render(values::get, Locale.ITALIAN)).isEqualTo("32,00 31/12/2025");
        assertThat(template.render(values::get, Locale.ENGLISH)).isEqualTo("32.00 31/12/2025");
        assertThat(template.render(values::get, Locale.GERMAN)).isEqualTo("32,00 31.12.2025");
    }

    @Test
    void divisionsAreShownWithTwoDecimalsAtMost() {
        assertThat(TextTemplate.parse("{10 / 3}").render(id -> null, Locale.ITALIAN))
                .isEqualTo("3,33");
    }

    @Test
    void doubledBracesWriteABrace() {
        assertThat(TextTemplate.parse("{{x}} = {1 + 1}").render(id -> null, Locale.ITALIAN))
                .isEqualTo("{x} = 2");
    }

    @Test
    void aBraceInsideTextOfAPlaceholderDoesNotCloseIt() {
        assertThat(TextTemplate.parse("{'}'}").render(id -> null, Locale.ITALIAN))
                .isEqualTo("}");
    }

    @Test
    void anUnclosedPlaceholderIsRefused() {
        assertThatThrownBy(() -> TextTemplate.parse("Durata {years(a, b) anni"))
                .isInstanceOfSatisfying(
                        ExpressionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("definition.template.unclosed"));
    }

    @Test
    void referencesOfAllPlaceholdersAreListed() {
        assertThat(TextTemplate.parse("{a} e {b + c}").references()).containsExactly("a", "b", "c");
    }
}
