package it.sportello.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    /** The embedded default, as the settings file has it. */
    private final Map<String, String> settings = new HashMap<>(Map.of(
            "sportello.demo.enabled", "true",
            "sportello.payment.notification-token", "simulated-intermediary-token",
            "sportello.municipality.website", "https://www.comune.bugliano.example",
            "sportello.public-url", "http://localhost:8080",
            "sportello.protocol.register", "municipal",
            "sportello.protocol.url", "http://localhost:9090/registrazioni"));

    private List<String> problems() {
        return SettingsCheck.problems(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void theEmbeddedDefaultStarts() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void withoutTheDemonstrationTheDemonstrationsNotificationSecretDoesNotStart() {
        settings.put("sportello.demo.enabled", "false");
        assertThat(problems()).singleElement().asString().contains("sportello.payment.notification-token");

        settings.put("sportello.payment.notification-token", "un-segreto-del-comune");
        assertThat(problems()).isEmpty();
    }

    @Test
    void aWebAddressSettingIsAnAbsoluteHttpAddress() {
        settings.put("sportello.municipality.website", "www.comune.bugliano.example");
        settings.put("sportello.protocol.url", "registro");
        assertThat(problems()).singleElement().asString().contains("sportello.municipality.website");

        settings.put("sportello.protocol.register", "http");
        assertThat(problems())
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("sportello.protocol.url"));
    }
}
