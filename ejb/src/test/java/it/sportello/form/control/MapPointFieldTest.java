package it.sportello.form.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.sportello.municipality.Comuni;

/** The MAP_POINT field: its value, its definition, its rules, how it is kept and read. */
class MapPointFieldTest {

    private static final String FORM = """
            {"sections": [{"id": "segnalazione", "title": "Segnalazione", "fields": [
              {"id": "punto", "kind": "MAP_POINT", "label": {"it": "Punto sulla mappa", "en": "Point on the map"}},
              {"id": "obbligatorio", "kind": "MAP_POINT", "label": "Punto richiesto", "required": true}]}]}
            """;

    private static final FormDefinition DEFINITION = FormDefinitions.parse(FORM);

    private final FormValidator validator = new FormValidator(
            Comuni.italian(),
            Clock.fixed(
                    LocalDate.of(2026, 6, 1)
                            .atStartOfDay(ZoneId.of("Europe/Rome"))
                            .toInstant(),
                    ZoneId.of("Europe/Rome")));

    private ValidationResult validate(Map<String, String> punto) {
        return validator.validate(
                DEFINITION, Map.of("punto", punto, "obbligatorio", Map.of("latitude", "1", "longitude", "2")));
    }

    private List<String> errors(Map<String, String> punto) {
        return validate(punto).errorsOf("punto").stream()
                .map(FieldError::messageKey)
                .toList();
    }

    // --- the value ------------------------------------------------------------------------------

    @Test
    void aPointKeepsSixDecimalsAndReadsTheSameInEveryLanguage() {
        GeoPoint point = new GeoPoint(new BigDecimal("43.71674449"), new BigDecimal("10.4"));

        assertThat(point.latitude()).isEqualTo(new BigDecimal("43.716744"));
        assertThat(point.longitude()).isEqualTo(new BigDecimal("10.400000"));
        assertThat(point).hasToString("43.716744, 10.400000");
        assertThat(GeoPoint.parse(" 43.7167 , 10.4 ")).isEqualTo(point("43.7167", "10.4"));
    }

    @Test
    void aPointOutsideTheEarthOrWithHalfItsCoordinatesIsNotMade() {
        assertThatThrownBy(() -> point("90.1", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> point("0", "-180.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(BigDecimal.ONE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoPoint.parse("43.7")).isInstanceOf(IllegalArgumentException.class);
    }

    // --- the definition -------------------------------------------------------------------------

    @Test
    void theReaderTakesTheKindAndTheWriterGivesItBack() {
        Field field = DEFINITION.field("punto").orElseThrow();

        assertThat(field.kind()).isEqualTo(FieldKind.MAP_POINT);
        assertThat(FormDefinitions.parse(FormDefinitionWriter.write(DEFINITION))
                        .field("obbligatorio")
                        .orElseThrow())
                .satisfies(read -> {
                    assertThat(read.kind()).isEqualTo(FieldKind.MAP_POINT);
                    assertThat(read.required()).isTrue();
                });
    }

    @Test
    void theReaderRefusesRulesOfOtherKindsOnAPoint() {
        List<DefinitionProblem> problems = FormDefinitions.problems("""
                {"sections": [{"id": "s", "title": "S", "fields": [
                  {"id": "punto", "kind": "MAP_POINT", "label": "Punto", "min": 0, "accept": ["pdf"]}]}]}
                """);

        assertThat(problems)
                .extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .contains(
                        tuple("$.sections[0].fields[0].min", "definition.property.not_for_kind"),
                        tuple("$.sections[0].fields[0].accept", "definition.property.not_for_kind"));
    }

    // --- the rules ------------------------------------------------------------------------------

    @Test
    void bothCoordinatesWithAPointOrACommaMakeThePoint() {
        ValidationResult result = validate(Map.of("latitude", " 43,7167 ", "longitude", "10.40012"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.data().get("punto")).isEqualTo(point("43.7167", "10.40012"));
    }

    @Test
    void neitherCoordinateLeavesAnOptionalPointEmptyAndARequiredOneMissing() {
        ValidationResult result = validator.validate(
                DEFINITION, Map.of("punto", Map.of("latitude", "", "longitude", " "), "obbligatorio", Map.of()));

        assertThat(result.errorsOf("punto")).isEmpty();
        assertThat(result.data().get("punto")).isNull();
        assertThat(result.errorsOf("obbligatorio"))
                .extracting(FieldError::messageKey)
                .containsExactly("form.required");
    }

    @Test
    void halfAPointIsRefusedNamingTheMissingCoordinate() {
        assertThat(errors(Map.of("latitude", "43.7"))).containsExactly("form.map.longitude.required");
        assertThat(errors(Map.of("longitude", "10.4", "latitude", ""))).containsExactly("form.map.latitude.required");
    }

    @ParameterizedTest
    @CsvSource({
        "91, 10, form.map.latitude.invalid",
        "-90.0001, 10, form.map.latitude.invalid",
        "43.7, 180.5, form.map.longitude.invalid",
        "nord, 10, form.map.latitude.invalid",
        "43.7, 10°24', form.map.longitude.invalid",
        "'1,234.5', 10, form.map.latitude.invalid"
    })
    void aCoordinateOutOfRangeOrNotADecimalNumberIsRefused(String latitude, String longitude, String key) {
        assertThat(errors(Map.of("latitude", latitude, "longitude", longitude))).containsExactly(key);
    }

    @Test
    void theMessagesSayWhatToDoInEachLanguage() {
        FieldError error = new FieldError("punto", "form.map.longitude.required", List.of());

        assertThat(FormMessages.message(error, Locale.ITALIAN)).contains("longitudine");
        assertThat(FormMessages.message(error, Locale.ENGLISH)).contains("longitude");
        assertThat(FormMessages.message(error, Locale.GERMAN)).contains("Länge");
    }

    // --- kept and read --------------------------------------------------------------------------

    @Test
    void aSentPointIsKeptAsNumbersAndReadBack() {
        FormData data = new FormData(Map.of("punto", point("43.716744", "10.4")));

        String json = data.toJson();

        assertThat(json).contains("\"latitude\":43.716744").contains("\"longitude\":10.400000");
        assertThat(FormData.fromJson(DEFINITION, json).get("punto")).isEqualTo(point("43.716744", "10.4"));
        assertThat(FormSummary.value(DEFINITION.field("punto").orElseThrow(), data.get("punto"), Locale.GERMAN))
                .isEqualTo("43.716744, 10.400000");
    }

    @Test
    void theBlankFormLeavesRoomForThePlace() {
        assertThat(BlankForm.markup(DEFINITION.sections().get(0), Locale.ITALIAN))
                .contains("Punto sulla mappa\nLuogo (via e numero civico, o latitudine e longitudine)");
    }

    private static GeoPoint point(String latitude, String longitude) {
        return new GeoPoint(new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
