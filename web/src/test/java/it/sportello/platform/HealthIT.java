package it.sportello.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import it.sportello.platform.health.MailServerReadiness;
import it.sportello.platform.health.PaymentIntermediaryReadiness;
import it.sportello.platform.health.ProtocolRegisterReadiness;
import it.sportello.testing.Deployments;

/**
 * The readiness answer about the outside systems, inside the running application: the SMTP server
 * is found while it listens and named degraded when it stops, and the instance stays ready. The
 * tests run with {@code sportello.health.outside-every=PT0S}, so each call asks again.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    @Inject
    @Readiness
    MailServerReadiness mailServer;

    @Inject
    @Readiness
    ProtocolRegisterReadiness protocolRegister;

    @Inject
    @Readiness
    PaymentIntermediaryReadiness paymentIntermediary;

    @Test
    void theMailServerIsDegradedWhileItIsDownAndTheDeskStaysReady() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("sportello.mail.port"), "localhost", "smtp"));
        smtp.start();
        try {
            HealthCheckResponse up = mailServer.call();
            assertThat(up.getName()).isEqualTo("mail-server");
            assertThat(up.getData().orElseThrow())
                    .containsEntry("state", "ok")
                    .containsEntry("detail", "localhost:" + Integer.getInteger("sportello.mail.port"));
        } finally {
            smtp.stop();
        }

        HealthCheckResponse down = mailServer.call();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(down.getData().orElseThrow())
                .containsEntry("state", "degraded")
                .containsEntry("detail", "ConnectException");
        HttpResponse<String> home = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("index.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("the desk keeps serving pages").isEqualTo(200);
        assertThat(home.body()).contains("Comune di Bugliano");
    }

    @Test
    void theRegisterAndTheIntermediaryInUseAreNamed() {
        // the suite runs with the protocol register off, and the simulated intermediary
        assertThat(protocolRegister.call().getData().orElseThrow())
                .containsEntry("state", "ok")
                .containsEntry("detail", "not in use");
        assertThat(paymentIntermediary.call().getData().orElseThrow())
                .containsEntry("state", "ok")
                .containsEntry("detail", "simulated");
    }
}
