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

    @Test
    void noneOrNothingMeansNoServer() {
        assertThat(MapSettings.setting(config(" none "), MapSettings.TILE_URL)).isEmpty();
        assertThat(MapSettings.setting(config(""), MapSettings.TILE_URL)).isEmpty();
        assertThat(MapSettings.setting(config(" https://tiles.example/{z}/{x}/{y}.png"), MapSettings.TILE_URL))
                .contains("https://tiles.example/{z}/{x}/{y}.png");
    }

    /** A configuration holding only the tile address. */
    private static org.eclipse.microprofile.config.Config config(String tiles) {
        return (org.eclipse.microprofile.config.Config) java.lang.reflect.Proxy.newProxyInstance(
                MapSettingsTest.class.getClassLoader(),
                new Class<?>[] {org.eclipse.microprofile.config.Config.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return MapSettings.TILE_URL.equals(arguments[0])
                                ? java.util.Optional.of(tiles)
                                : java.util.Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
