package it.sportello.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1} with {2} decimals")
    @CsvSource(
            delimiter = ';',
            value = {
                "12; 12; 0",
                "12,30; 12.30; 2",
                "12.30; 12.30; 2",
                "1.234,50; 1234.50; 2",
                "1,234.50; 1234.50; 2",
                "1 234,50; 1234.50; 2",
                "1.234.567; 1234567; 0",
                "1.500; 1.500; 3",
                "-4,5; -4.5; 1",
                "+7; 7; 0",
                "' 0,05 '; 0.05; 2"
            })
    void aNumberIsReadWhole(String text, BigDecimal value, int decimals) {
        assertThat(TypedNumber.read(text)).hasValueSatisfying(number -> {
            assertThat(number.value()).isEqualByComparingTo(value);
            assertThat(number.decimals()).isEqualTo(decimals);
        });
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(
            strings = {
                "",
                " ",
                "12,3x",
                "x12",
                "12,",
                ",5",
                "1.2.3,4",
                "1,234,5.6",
                "1.234,5,6",
                "12 3",
                "1e5",
                "--5",
                "12.30.",
                "1,2345,6",
                "1.0,0",
                "١٢",
                "1234567890123456"
            })
    void anythingElseIsNot(String text) {
        assertThat(TypedNumber.read(text)).isEmpty();
    }
}
