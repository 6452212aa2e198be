package it.sportello.testing;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the in-container tests: the application exactly as it ships for Payara
 * Micro (the WAR built by this module, business and batch jars inside), plus the test helpers.
 * Failsafe runs after {@code package}, so the WAR is there.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("sportello.war", "target/sportello.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the application first (./mvnw verify): " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(Deployments.class);
    }

    /** The application plus what in-container tests need inside the server (AssertJ). */
    public static WebArchive inContainer() {
        return application().addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
