package it.sportello.web.converter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.sportello.platform.money.Money;

class MoneyConverterTest {

    @ParameterizedTest(name = "in {0} an amount shows as it is typed and reads back the same")
    @ValueSource(strings = {"it", "en", "de"})
    void anAmountShownReadsBackAsTheSameAmount(String language) {
        Money amount = Money.parse("1234,5");
        String shown = MoneyConverter.typed(amount, Locale.forLanguageTag(language));

        assertThat(shown).isEqualTo("en".equals(language) ? "1234.50" : "1234,50");
        assertThat(Money.parse(shown)).isEqualTo(amount);
    }
}
