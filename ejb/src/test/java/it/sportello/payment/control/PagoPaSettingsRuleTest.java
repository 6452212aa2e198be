package it.sportello.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PagoPaSettingsRuleTest {

    private final Map<String, String> settings = new HashMap<>(Map.of(
            "sportello.payment.pagopa.gpd-url", "https://api.uat.platform.pagopa.it/gpd/debt-positions-service/v1",
            "sportello.payment.pagopa.receipts-url",
                    "https://api.uat.platform.pagopa.it/gpd/payments-receipts-service/v1",
            "sportello.payment.pagopa.checkout-url", "https://api.uat.platform.pagopa.it/checkout/ec/v1",
            "sportello.payment.pagopa.timeout", "PT10S",
            "sportello.payment.pagopa.retries", "2"));

    private List<String> problems() {
        return new PagoPaSettingsRule().problems(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void withTheSimulationNothingOfThePlatformIsAsked() {
        settings.put("sportello.payment.intermediary", "simulated");

        assertThat(problems()).isEmpty();
    }

    @Test
    void withThePlatformTheKeyTheIbanAndTheTaxonomyAreRequired() {
        settings.put("sportello.payment.intermediary", "pagopa");

        assertThat(problems())
                .hasSize(3)
                .anyMatch(p -> p.contains("subscription-key"))
                .anyMatch(p -> p.contains("iban"))
                .anyMatch(p -> p.contains("taxonomy"));
    }

    @Test
    void withThePlatformCompletelySetNothingIsWrong() {
        settings.put("sportello.payment.intermediary", "pagopa");
        settings.put("sportello.payment.pagopa.subscription-key", "k");
        settings.put("sportello.payment.pagopa.iban", "IT60X0542811101000000123456");
        settings.put("sportello.payment.pagopa.taxonomy", "9/0101108TS/");

        assertThat(problems()).isEmpty();

        settings.put("sportello.payment.pagopa.timeout", "10 seconds");
        settings.put("sportello.payment.pagopa.checkout-url", "api.platform.pagopa.it/checkout");
        assertThat(problems())
                .hasSize(2)
                .anyMatch(p -> p.contains("timeout"))
                .anyMatch(p -> p.contains("checkout-url"));
    }
}
