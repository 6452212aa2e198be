package it.sportello.territory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetKeyTest {

    @ParameterizedTest
    @CsvSource({
        "Piazza del Municipio, piazza del municipio",
        "P.zza  del Municipio, piazza del municipio",
        "PZA DEL MUNICIPIO, piazza del municipio",
        "V. Roma 12/b, via roma",
        "v.le dell'Università, viale dell universita",
        "C.so Italia snc, corso italia",
        "Via XX Settembre, via xx settembre",
        "'  ', ''"
    })
    void streetsAreComparedAsWrittenOut(String typed, String key) {
        assertThat(StreetKey.of(typed)).isEqualTo(key);
    }
}
