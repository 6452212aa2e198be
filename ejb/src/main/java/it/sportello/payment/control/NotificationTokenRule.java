package it.sportello.payment.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import it.sportello.platform.SettingsRule;

/**
 * The notification secret must guard the notifications: not empty, and not the demonstration's
 * outside a demonstration ({@link NotificationToken#problem}).
 */
public class NotificationTokenRule implements SettingsRule {

    @Override
    public List<String> problems(Function<String, Optional<String>> settings) {
        boolean demo = settings.apply("sportello.demo.enabled")
                .map(value -> Boolean.parseBoolean(value.strip()))
                .orElse(false);
        return NotificationToken.problem(
                        settings.apply(NotificationToken.SETTING).orElse(null), demo)
                .stream()
                .toList();
    }
}
