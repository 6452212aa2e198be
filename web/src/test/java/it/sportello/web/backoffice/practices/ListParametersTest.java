package it.sportello.web.backoffice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListParametersTest {

    private static final List<String> AREAS = List.of("centro-storico", "bugliano-alta");
    /** The services of the operator's list. */
    private static final List<String> SERVICES = List.of("segnalazione-disservizio", "permesso-ztl");

    private final Clock clock = Clock.systemUTC();

    @Test
    void aKnownAreaFiltersAndTravelsInTheAddress() {
        ListParameters parameters = ListParameters.of(Map.of("area", "bugliano-alta", "pagina", "2")::get);

        assertThat(parameters.filter(clock, AREAS, SERVICES).areaCode()).isEqualTo("bugliano-alta");
        assertThat(parameters.invalid(AREAS)).isEmpty();
        assertThat(parameters.query()).isEqualTo("area=bugliano-alta&pagina=2");
        assertThat(parameters.queryWithoutPage()).isEqualTo("area=bugliano-alta");
    }

    @Test
    void anUnknownAreaIsNamedAndIgnored() {
        ListParameters parameters = ListParameters.of(Map.of("area", "atlantide", "priorita", "URGENT")::get);

        assertThat(parameters.invalid(AREAS)).containsExactly("area");
        assertThat(parameters.filter(clock, AREAS, SERVICES).areaCode()).isNull();
        assertThat(parameters.filter(clock, AREAS, SERVICES).priority()).isNotNull();
    }

    @Test
    void aServiceOfTheOperatorsListFilters() {
        ListParameters parameters = ListParameters.of(Map.of("servizio", " permesso-ztl ")::get);

        assertThat(parameters.unknownService(SERVICES)).isEmpty();
        assertThat(parameters.filter(clock, AREAS, SERVICES).serviceCode()).isEqualTo("permesso-ztl");
    }

    @Test
    void anUnknownServiceOrOneTheOperatorIsNotEnabledForIsNamedAndIgnored() {
        for (String asked : List.of("servizio-inesistente", "certificati-anagrafici")) {
            ListParameters parameters = ListParameters.of(Map.of("servizio", asked, "priorita", "URGENT")::get);

            assertThat(parameters.unknownService(SERVICES)).contains(asked);
            assertThat(parameters.filter(clock, AREAS, SERVICES).serviceCode())
                    .as(asked)
                    .isNull();
            assertThat(parameters.filter(clock, AREAS, SERVICES).priority())
                    .as("the other filters stay")
                    .isNotNull();
        }
    }

    @Test
    void noServiceIsNoProblem() {
        assertThat(ListParameters.of(Map.of("servizio", " ")::get).unknownService(SERVICES))
                .isEmpty();
        assertThat(ListParameters.of(Map.<String, String>of()::get)
                        .filter(clock, AREAS, SERVICES)
                        .serviceCode())
                .isNull();
    }
}
