package it.sportello.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/**
 * The desk's figures for monitoring at {@code /api/metrics}, inside the running application:
 * refused without the token, and moving with what happens — a practice sent, a wrong password.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String ASSISTANCE = "richiesta-assistenza";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    @EJB
    Citizens citizens;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    StaffDirectory staff;

    @Inject
    Callers callers;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void withoutTheTokenNothingIsShown() throws Exception {
        HttpResponse<String> anonymous = get(null);
        HttpResponse<String> wrong = get("Bearer not-the-token");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"metrics\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("sportello_");
    }

    @Test
    void aSentPracticeAndARefusedLoginAreCounted() throws Exception {
        double sentBefore = value(figures(), "sportello_practices_sent_total{service=\"" + ASSISTANCE + "\"}");
        double refusedBefore = value(figures(), "sportello_login_failures_total{kind=\"staff\"}");

        sendAssistanceRequest();
        staff.verifyPassword(
                "operatore",
                "not-the-password".toCharArray(),
                "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250));

        String after = figures();
        assertThat(value(after, "sportello_practices_sent_total{service=\"" + ASSISTANCE + "\"}"))
                .isEqualTo(sentBefore + 1);
        assertThat(value(after, "sportello_login_failures_total{kind=\"staff\"}"))
                .isEqualTo(refusedBefore + 1);
        assertThat(after)
                .contains(
                        "# TYPE sportello_payments gauge",
                        "# TYPE sportello_outbox_mails gauge",
                        "# TYPE sportello_protocol_registrations gauge",
                        "# TYPE sportello_appointments gauge",
                        "# TYPE sportello_job_executions gauge",
                        "sportello_outbox_mails{status=\"");
    }

    private void sendAssistanceRequest() {
        String first15 = "MTR" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "X90C41G702";
        FiscalCode who = FiscalCode.of(first15 + FiscalCode.checkCharacter(first15));
        citizens.signIn(
                who,
                new PersonalData(
                        "Marta",
                        "Metriche",
                        LocalDate.of(1990, 3, 1),
                        "Pisa",
                        Sex.FEMALE,
                        "marta.metriche@example.org",
                        null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
        callers.asCitizen(who);
        String reference = workflow.start(ASSISTANCE, null).getReference();
        workflow.acceptPrivacy(reference);
        workflow.actForSelf(reference);
        workflow.fill(
                reference,
                Map.of("argomento", "pagamenti", "messaggio", "Quanti sono i servizi online?", "contatto", "email"),
                1);
        workflow.send(reference);
        callers.anonymous();
    }

    private String figures() throws IOException, InterruptedException {
        HttpResponse<String> response =
                get("Bearer " + ConfigProvider.getConfig().getValue("sportello.metrics.token", String.class));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** The value of one series; 0 when it is not there yet. */
    private static double value(String figures, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(figures);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private HttpResponse<String> get(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toExternalForm()).resolve("api/metrics"))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
