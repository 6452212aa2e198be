package it.sportello.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} €")
    @CsvSource(
            delimiter = ';',
            value = {
                "12,30; 12.30",
                "12.30; 12.30",
                "12,3; 12.30",
                "12; 12.00",
                "0; 0.00",
                "1.234,50; 1234.50",
                "€ 16,00; 16.00",
                "16,00 €; 16.00",
                "999.999.999,99; 999999999.99"
            })
    void anAmountAsTypedHasTwoDecimals(String text, String euros) {
        assertThat(Money.parse(text).euros()).isEqualTo(new BigDecimal(euros));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "12,3x; amount.invalid.format",
                "12.3.4; amount.invalid.format",
                "dodici; amount.invalid.format",
                "''; amount.invalid.format",
                "12,345; amount.invalid.decimals",
                "1.500; amount.invalid.decimals",
                "12,300; amount.invalid.decimals",
                "-5; amount.invalid.negative",
                "-0,01; amount.invalid.negative",
                "1.000.000.000; amount.invalid.too_large"
            })
    void whatIsNotAnAmountIsRefusedWithItsReason(String text, String key) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(InvalidAmountException.class)
                .extracting(e -> ((InvalidAmountException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void aComputedAmountIsCheckedAsATypedOne() {
        assertThat(Money.of(new BigDecimal("20.5"))).isEqualTo(Money.of(new BigDecimal("20.50")));
        assertThat(Money.of(new BigDecimal("1.500")).euros()).isEqualTo(new BigDecimal("1.50"));
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE.negate())).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.of(null)).isInstanceOf(InvalidAmountException.class);
    }

    @Test
    void zeroIsAnAmount() {
        assertThat(Money.parse("0,00").isZero()).isTrue();
        assertThat(Money.ZERO.euros()).isEqualTo(new BigDecimal("0.00"));
    }
}
