package it.sportello.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * One Payara Micro for all the test classes of a failsafe execution, instead of one per class.
 *
 * <p>Payara Micro cannot deploy into a running instance: its Arquillian container starts a new
 * Micro for every deployment, and a class deploys once. Booting takes 20 to 60 s on two cores,
 * which was most of the suite's time. This container starts Micro with the first class's archive
 * and answers the later classes with the same deployment; the instance stops when the run ends.
 * That is sound because every class deploys the same archive, {@link Deployments#suite()}: the
 * application as it ships plus all test classes, so that any class can run inside it.
 *
 * <p>Classes therefore share one database and one application: each test works on its own
 * citizen, service or calendar and assumes nothing about what other classes left behind.
 */
public class OneDeploymentPerRun extends PayaraMicroDeployableContainer {

    /** The servlet through which Arquillian runs a test inside the server. */
    private static final String TEST_RUNNER = "ArquillianServletRunnerEE9";

    private Archive<?> deployed;
    private ProtocolMetaData deployment;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployment == null) {
            createAccessLogDirectory();
            deployment = withTestRunner(super.deploy(archive), archive);
            deployed = archive;
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("Every test class deploys Deployments.suite(); " + archive.getName()
                    + " differs from the running " + deployed.getName());
        }
        return deployment;
    }

    /** Micro refuses to start when the directory of its access log ({@code arquillian.xml}) is missing. */
    private static void createAccessLogDirectory() throws DeploymentException {
        try {
            Files.createDirectories(Path.of(System.getProperty("it.access-log")));
        } catch (IOException e) {
            throw new DeploymentException("No access log directory", e);
        }
    }

    /**
     * Payara's container learns the deployed servlets from the description Micro prints when it is
     * ready, read from Micro's output on a thread of its own: on a busy machine it was once left
     * with none, and every test failed with "ArquillianServletRunnerEE9 not found". The test runner
     * is always there, at the archive's context root, so it is added when the description missed it.
     */
    private static ProtocolMetaData withTestRunner(ProtocolMetaData metaData, Archive<?> archive) {
        String contextRoot = "/" + archive.getName().replaceFirst("\\.war$", "");
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (context.getServletByName(TEST_RUNNER) == null) {
                context.add(new Servlet(TEST_RUNNER, contextRoot));
            }
        }
        return metaData;
    }

    /** The next class uses the same deployment: nothing is undeployed until the run ends. */
    @Override
    public void undeploy(Archive<?> archive) {}

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("Payara Micro did not stop", e);
            }
            deployed = null;
            deployment = null;
        }
        super.stop();
    }

    /** Puts this container in the place of Payara's own, through {@code META-INF/services}. */
    public static final class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(
                    DeployableContainer.class, PayaraMicroDeployableContainer.class, OneDeploymentPerRun.class);
        }
    }
}
