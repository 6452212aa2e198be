package it.sportello.payment.control;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import it.sportello.platform.SettingsRule;

/**
 * With the pagoPA platform chosen ({@code sportello.payment.intermediary=pagopa}), its settings
 * must let the connector work: a subscription key, an IBAN, a taxonomy code, absolute http(s)
 * addresses, a positive timeout and a number of retries. With any other intermediary they are
 * not read.
 */
public class PagoPaSettingsRule implements SettingsRule {

    private static final String PREFIX = PagoPaIntermediary.SETTINGS;

    @Override
    public List<String> problems(Function<String, Optional<String>> settings) {
        boolean chosen = settings.apply("sportello.payment.intermediary")
                .map(String::strip)
                .filter(PagoPaIntermediary.NAME::equals)
                .isPresent();
        if (!chosen) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (String name : List.of("subscription-key", "iban", "taxonomy")) {
            if (value(settings, name).isEmpty()) {
                problems.add(PREFIX + name + " is empty: the pagoPA platform needs it");
            }
        }
        value(settings, "iban")
                .filter(iban -> !iban.matches("[A-Za-z0-9]{1,35}"))
                .ifPresent(iban -> problems.add(PREFIX + "iban is not an IBAN (letters and digits, at most 35)"));
        for (String name : List.of("gpd-url", "receipts-url", "checkout-url")) {
            if (value(settings, name).filter(PagoPaSettingsRule::isWebAddress).isEmpty()) {
                problems.add(PREFIX + name + " is not an absolute http(s) address");
            }
        }
        if (value(settings, "timeout")
                .filter(PagoPaSettingsRule::isPositiveDuration)
                .isEmpty()) {
            problems.add(PREFIX + "timeout is not a positive ISO-8601 duration (e.g. PT10S)");
        }
        if (value(settings, "retries").filter(r -> r.matches("\\d{1,2}")).isEmpty()) {
            problems.add(PREFIX + "retries is not a number from 0 to 99");
        }
        return problems;
    }

    private static Optional<String> value(Function<String, Optional<String>> settings, String name) {
        return settings.apply(PREFIX + name).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isPositiveDuration(String text) {
        try {
            Duration duration = Duration.parse(text);
            return !duration.isNegative() && !duration.isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
