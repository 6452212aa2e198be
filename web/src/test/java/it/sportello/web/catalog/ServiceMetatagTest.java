package it.sportello.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import it.sportello.municipality.Comune;

class ServiceMetatagTest {

    private static final Comune BUGLIANO = new Comune(null, "Bugliano", "PI", "M999", List.of("56010"));

    @Test
    void anOfficesAddressIsSplitIntoStreetPostalCodeAndLocality() {
        JsonObject address = ServiceMetatag.address("Piazza del Municipio 1, 56030 Bugliano (PI)", BUGLIANO)
                .build();

        assertThat(address.getString("streetAddress")).isEqualTo("Piazza del Municipio 1");
        assertThat(address.getString("postalCode")).isEqualTo("56030");
        assertThat(address.getString("addressLocality")).isEqualTo("Bugliano");
    }

    @Test
    void anAddressWithoutTheProvinceIsSplitToo() {
        JsonObject address =
                ServiceMetatag.address("Via Roma 5, 00184 Roma", BUGLIANO).build();

        assertThat(address.getString("streetAddress")).isEqualTo("Via Roma 5");
        assertThat(address.getString("postalCode")).isEqualTo("00184");
        assertThat(address.getString("addressLocality")).isEqualTo("Roma");
    }

    @Test
    void anAddressInAnotherShapeKeepsItsTextWithTheMunicipalitysCodeAndName() {
        JsonObject address =
                ServiceMetatag.address("Sala civica, primo piano", BUGLIANO).build();

        assertThat(address.getString("streetAddress")).isEqualTo("Sala civica, primo piano");
        assertThat(address.getString("postalCode")).isEqualTo("56010");
        assertThat(address.getString("addressLocality")).isEqualTo("Bugliano");
    }

    @Test
    void noOfficeAddressGivesTheMunicipality() {
        JsonObject address = ServiceMetatag.address(null, BUGLIANO).build();

        assertThat(address.getString("streetAddress")).isEqualTo("Bugliano");
        assertThat(address.getString("postalCode")).isEqualTo("56010");
    }
}
