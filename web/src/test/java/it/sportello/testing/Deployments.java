package it.sportello.testing;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The one deployment of a test run ({@link OneDeploymentPerRun}): the application exactly as it
 * ships for Payara Micro (the WAR built by this module, business and batch jars inside), plus
 * every test class and what in-container tests use inside the server (AssertJ, and GreenMail for
 * the jobs that mail while the mail server goes down). Failsafe runs after {@code package}, so
 * the WAR is there. Whatever a class needs of the server's settings comes from the failsafe
 * execution it runs in, never from its own archive.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive suite() {
        File war = new File(System.getProperty("sportello.war", "target/sportello.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the application first (./mvnw verify): " + war + " is missing");
        }
        GenericArchive testClasses = ShrinkWrap.create(GenericArchive.class)
                .as(ExplodedImporter.class)
                .importDirectory(locationOf(Deployments.class))
                .as(GenericArchive.class);
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .merge(testClasses, "/WEB-INF/classes", Filters.include(".*\\.class$"))
                // shared with the business module's tests, so not among this module's test classes
                .addClass(SpreadsheetRows.class)
                .addAsLibraries(
                        locationOf(Assertions.class), locationOf(GreenMail.class), locationOf(org.slf4j.Logger.class));
    }

    private static File locationOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
