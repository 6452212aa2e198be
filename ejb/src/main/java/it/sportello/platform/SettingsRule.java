package it.sportello.platform;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A component's own rule on its settings, which {@link SettingsCheck} applies before the
 * application starts. Components list theirs in
 * {@code META-INF/services/it.sportello.platform.SettingsRule}: the check runs while CDI is
 * still validating the deployment, before any bean could be asked, and the platform needs to know
 * no component to apply their rules.
 */
public interface SettingsRule {

    /** What is wrong with the settings, one sentence each for the administrator; empty when nothing is. */
    List<String> problems(Function<String, Optional<String>> settings);
}
