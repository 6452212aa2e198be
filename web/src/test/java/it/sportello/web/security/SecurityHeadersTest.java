package it.sportello.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import it.sportello.web.map.MapSettings;

class SecurityHeadersTest {

    @Test
    void withoutMapServersEveryResourceStaysOnThisHost() {
        assertThat(SecurityHeaders.contentSecurityPolicy(new MapSettings.Sources("", "")))
                .contains("img-src 'self' data:;", "connect-src 'self';");
    }

    @Test
    void theTileServerMayServeImagesAndTheGeocoderAnswerScriptsNothingMore() {
        String policy = SecurityHeaders.contentSecurityPolicy(
                new MapSettings.Sources("https://tile.openstreetmap.org", "https://nominatim.openstreetmap.org"));

        assertThat(policy)
                .contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .contains("connect-src 'self' https://nominatim.openstreetmap.org;")
                .contains("default-src 'self';");
    }
}
