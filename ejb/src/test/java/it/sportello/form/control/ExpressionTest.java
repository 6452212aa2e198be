package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

    private static Object evaluate(String source, Map<String, Object> values) {
        return Expression.parse(source).evaluate(values::get);
    }

    private static Object evaluate(String source) {
        return evaluate(source, Map.of());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "16 * 2 + 20; 52",
                "(1 + 2) * 3; 9",
                "10 - 2 - 3; 5",
                "-4 + 10; 6",
                "7 / 2; 3.5",
                "round(10 / 3, 2); 3.33",
                "min(4, 2, 9); 2",
                "max(4, 2, 9); 9",
                "if(2 > 1, 10, 20); 10",
                "if(2 < 1, 10, 20); 20"
            })
    void arithmeticFollowsTheUsualPrecedence(String source, String expected) {
        assertThat((BigDecimal) evaluate(source)).isEqualByComparingTo(expected);
    }

    @Test
    void comparisonsAndLogicYieldBooleans() {
        assertThat(evaluate("1 = 1.00 and not (2 != 2)")).isEqualTo(true);
        assertThat(evaluate("'a' = \"b\" or 3 >= 4")).isEqualTo(false);
    }

    @Test
    void fieldReferencesReadTheCleanedValues() {
        Map<String, Object> values = Map.of("copie", new BigDecimal("3"), "uso", "bollo");
        assertThat((BigDecimal) evaluate("copie * if(uso = 'bollo', 16, 0)", values))
                .isEqualByComparingTo("48");
    }

    @Test
    void yearsAndDaysCountBetweenDates() {
        Map<String, Object> values = Map.of("inizio", LocalDate.of(2025, 3, 1), "fine", LocalDate.of(2054, 3, 1));
        assertThat(evaluate("years(inizio, fine)", values)).isEqualTo(BigDecimal.valueOf(29));
        assertThat(evaluate("days(inizio, inizio)", values)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void countAndContainsReadTickedBoxes() {
        Map<String, Object> values = Map.of("tipi", List.of("nascita", "residenza"));
        assertThat(evaluate("count(tipi)", values)).isEqualTo(BigDecimal.valueOf(2));
        assertThat(evaluate("contains(tipi, 'residenza')", values)).isEqualTo(true);
    }

    @Test
    void aMissingValueGivesAnEmptyResultNotAnException() {
        assertThat(evaluate("years(inizio, fine) + 1")).isNull();
        assertThat(evaluate("if(durata = 'permanente', 29, 1)")).isNull();
    }

    @Test
    void divisionByZeroAndWrongTypesGiveAnEmptyResult() {
        assertThat(evaluate("1 / 0")).isNull();
        assertThat(evaluate("'a' * 2")).isNull();
        assertThat(evaluate("years(1, 2)")).isNull();
    }

    @Test
    void falseAndShortCircuitsAMissingValue() {
        assertThat(evaluate("1 > 2 and manca = 1")).isEqualTo(false);
    }

    @Test
    void referencesListTheFieldsRead() {
        assertThat(Expression.parse("if(a > 1, years(b, c), a)").references()).containsExactly("a", "b", "c");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            value = {
                "1 +; definition.expression.unexpected_end",
                "(1 + 2; definition.expression.unexpected_end",
                "1 $ 2; definition.expression.syntax",
                "system('rm'); definition.expression.unknown_function",
                "round(1); definition.expression.arity",
                "'open; definition.expression.unclosed_text",
                "1.2.3; definition.expression.syntax"
            })
    void syntaxErrorsNameTheirKind(String source, String key) {
        assertThatThrownBy(() -> Expression.parse(source))
                .isInstanceOfSatisfying(
                        ExpressionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aDeeplyNestedFormulaIsRefusedInsteadOfOverflowingTheStack() {
        assertThatThrownBy(() -> Expression.parse("(".repeat(5000) + "1" + ")".repeat(5000)))
                .isInstanceOfSatisfying(
                        ExpressionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("definition.expression.too_deep"));
    }

    @Test
    void textOfANumberHasNoTrailingZeros() {
        assertThat(Expression.asText(new BigDecimal("16.00"))).isEqualTo("16");
        assertThat(Expression.asText(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(Expression.asText(RequestKind.RINNOVO)).isEqualTo("RINNOVO");
    }

    @Test
    void textsKeepTheirBlanks() {
        assertThat(evaluate("' a '")).isEqualTo(" a ");
    }

    @Test
    void anEmptyFormulaIsRefused() {
        assertThatThrownBy(() -> Expression.parse("  "))
                .isInstanceOfSatisfying(
                        ExpressionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("definition.expression.empty"));
    }
}
