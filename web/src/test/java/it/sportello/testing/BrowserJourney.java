package it.sportello.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A browser test of the application as it ships, deployed once for the class. */
public abstract class BrowserJourney extends BrowserSession {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.suite();
    }
}
