package it.sportello.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapSettingsTest {

    @Test
    void theTileServerIsAllowedByItsOriginOnly() {
        assertThat(MapSettings.origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("https://tile.openstreetmap.org");
        assertThat(MapSettings.origin("http://tiles.comune.example:8081/osm/{z}/{x}/{y}.png?key=1"))
                .contains("http://tiles.comune.example:8081");
    }

    @Test
    void subdomainsOfATileServerAreItsSubdomainsOnly() {
        assertThat(MapSettings.origin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .contains("https://*.tile.example.org");
    }

    @Test
    void tilesOnThisHostOrNoAddressAddNothing() {
        assertThat(MapSettings.origin("/tiles/{z}/{x}/{y}.png")).isEmpty();
        assertThat(MapSettings.origin("not an address")).isEmpty();
    }
}
