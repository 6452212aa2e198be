package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.sportello.municipality.Comuni;

class FormDataTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void cleanDataSurvivesTheJsonRoundTripWithItsTypes() {
        FormValidator validator = new FormValidator(
                Comuni.italian(),
                Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay(ROME).toInstant(), ROME));
        FormData data = validator
                .validate(FormValidatorTest.DEFINITION, FormValidatorTest.filled())
                .data();

        FormData frozen = FormData.fromJson(FormValidatorTest.DEFINITION, data.toJson());

        assertThat(frozen).isEqualTo(data);
        assertThat(frozen.values()).containsOnlyKeys(data.values().keySet());
    }

    @Test
    void valuesOfFieldsTheDefinitionDoesNotHaveAreLeftOut() {
        FormData frozen = FormData.fromJson(FormValidatorTest.DEFINITION, "{\"nome\": \"Mario\", \"altro\": 1}");
        assertThat(frozen.values()).isEqualTo(Map.of("nome", "Mario"));
    }

    @Test
    void amountsKeepTheirScaleInJson() {
        FormData data = new FormData(Map.of("importo", new java.math.BigDecimal("20.50")));
        assertThat(data.toJson()).isEqualTo("{\"importo\":20.50}");
    }
}
