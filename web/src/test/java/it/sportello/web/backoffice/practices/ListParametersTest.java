package it.sportello.web.backoffice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListParametersTest {

    private static final List<String> AREAS = List.of("centro-storico", "bugliano-alta");
    private final Clock clock = Clock.systemUTC();

    @Test
    void aKnownAreaFiltersAndTravelsInTheAddress() {
        ListParameters parameters = ListParameters.of(Map.of("area", "bugliano-alta", "pagina", "2")::get);

        assertThat(parameters.filter(clock, AREAS).areaCode()).isEqualTo("bugliano-alta");
        assertThat(parameters.invalid(AREAS)).isEmpty();
        assertThat(parameters.query()).isEqualTo("area=bugliano-alta&pagina=2");
        assertThat(parameters.queryWithoutPage()).isEqualTo("area=bugliano-alta");
    }

    @Test
    void anUnknownAreaIsNamedAndIgnored() {
        ListParameters parameters = ListParameters.of(Map.of("area", "atlantide", "priorita", "URGENT")::get);

        assertThat(parameters.invalid(AREAS)).containsExactly("area");
        assertThat(parameters.filter(clock, AREAS).areaCode()).isNull();
        assertThat(parameters.filter(clock, AREAS).priority()).isNotNull();
    }
}
