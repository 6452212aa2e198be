package it.sportello.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import it.sportello.platform.logging.Logs;
import it.sportello.platform.text.HttpUrlValidator;

/**
 * Refuses to start the application with settings that would make it unsafe or send people to
 * nowhere: a web address setting that is not an absolute {@code http(s)} address, or what a
 * component's own {@link SettingsRule} finds (the demonstration's notification secret outside a
 * demonstration, for one). Each problem is a deployment problem
 * of CDI, so the server reports it at deployment and does not start the application, rather than
 * the first citizen finding it out.
 */
public class SettingsCheck implements Extension {

    private static final Logger LOG = Logs.of(SettingsCheck.class);

    /** Settings that hold an address people are sent to, or the desk calls. */
    static final List<String> WEB_ADDRESSES = List.of("sportello.municipality.website", "sportello.public-url");

    void check(@Observes AfterDeploymentValidation deployment) {
        Config config = ConfigProvider.getConfig();
        for (String problem : problems(key -> config.getOptionalValue(key, String.class))) {
            LOG.severe(() -> "Refusing to start: " + problem);
            deployment.addDeploymentProblem(new IllegalStateException(problem));
        }
    }

    /** What is wrong with the settings, one sentence each for the administrator; empty when nothing is. */
    static List<String> problems(Function<String, Optional<String>> settings) {
        List<String> problems = new ArrayList<>();
        for (SettingsRule rule : ServiceLoader.load(SettingsRule.class, SettingsCheck.class.getClassLoader())) {
            problems.addAll(rule.problems(settings));
        }
        List<String> addresses = new ArrayList<>(WEB_ADDRESSES);
        if (settings.apply("sportello.protocol.register")
                .map(value -> value.strip().equals("http"))
                .orElse(false)) {
            addresses.add("sportello.protocol.url");
        }
        for (String key : addresses) {
            String value = settings.apply(key).orElse("");
            if (!HttpUrlValidator.isHttpUrl(value)) {
                problems.add(key + " is \"" + value + "\": it must be an absolute http or https address,"
                        + " such as https://www.comune.example.it");
            }
        }
        return problems;
    }
}
