package it.sportello.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import jakarta.ejb.EJB;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.jobs.boundary.BackgroundJob;
import it.sportello.jobs.boundary.JobRun;
import it.sportello.jobs.boundary.Jobs;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.Practice;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.testing.Deployments;

/**
 * Not a test: measures the draft expiry job over many drafts and the protocol submission job
 * against an external register answering in 50 ms, inside the running application, and prints one
 * {@code BENCH} line per job. Run by {@code bench/run-jobs.sh}; sizes from {@code bench.drafts} and
 * {@code bench.practices}. Its name does not end in IT, so {@code ./mvnw verify} never runs it.
 */
@ExtendWith(ArquillianExtension.class)
class JobsBenchmark {

    private static final String REPORT = "segnalazione-disservizio";

    @Deployment
    static WebArchive deployment() {
        String settings = String.join("\n", "config_ordinal=500", "sportello.protocol.enabled=true",
                "sportello.protocol.register=http", "sportello.protocol.url=http://localhost:" + freePort() + "/registrazioni",
                "sportello.jobs.protocol.every=PT0S", "sportello.jobs.drafts.every=PT0S", "sportello.jobs.outbox.every=PT0S",
                "sportello.drafts.expire-after=PT1S", "sportello.drafts.warn-before=PT0S",
                "bench.drafts=" + Integer.getInteger("bench.drafts", 2000),
                "bench.practices=" + Integer.getInteger("bench.practices", 200));
        return Deployments.inContainer().addClass(FakeProtocolRegister.class)
                .addAsResource(new StringAsset(settings), "META-INF/microprofile-config.properties");
    }

    @EJB
    PracticeWorkflow workflow;

    @EJB
    Practices practices;

    @EJB
    Citizens citizens;

    @EJB
    Jobs jobs;

    @EJB
    ProtocolRegistrations registrations;

    @Test
    void draftExpiryAndProtocolSubmission() throws InterruptedException {
        int drafts = ConfigProvider.getConfig().getValue("bench.drafts", Integer.class);
        int sent = ConfigProvider.getConfig().getValue("bench.practices", Integer.class);
        FiscalCode citizen = citizen();

        long creating = System.nanoTime();
        for (int i = 0; i < drafts; i++) {
            workflow.start(citizen, REPORT, null);
        }
        System.out.printf("BENCH drafts_created=%d seconds=%.1f%n", drafts, seconds(creating));
        Thread.sleep(1500);
        // with no wait after the warning, one run warns every draft (step "warn") and deletes it (step "delete")
        JobRun expiry = run(BackgroundJob.DRAFT_EXPIRY);
        assertThat(practices.of(citizen, null, null)).isEmpty();
        System.out.printf("BENCH job=draft-expiry drafts=%d items=%d seconds=%.1f drafts_per_second=%.1f%n", drafts,
                expiry.written(), seconds(expiry), drafts / seconds(expiry));

        List<String> references = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            references.add(sentReport(citizen));
        }
        String url = ConfigProvider.getConfig().getValue("sportello.protocol.url", String.class);
        try (FakeProtocolRegister register = FakeProtocolRegister.start(URI.create(url).getPort(), 0, 50)) {
            JobRun registering = run(BackgroundJob.PROTOCOL_SUBMISSION);
            assertThat(references).allSatisfy(reference -> assertThat(registrations.registered(reference)).hasSize(1));
            System.out.printf("BENCH job=protocol-submission registrations=%d register_ms=50 seconds=%.1f per_second=%.1f%n",
                    registering.written(), seconds(registering), registering.written() / seconds(registering));
        }
    }

    private JobRun run(BackgroundJob job) {
        long execution = jobs.start(job);
        waitFor(() -> {
            String status = jobs.run(execution).status();
            return !"STARTING".equals(status) && !"STARTED".equals(status);
        });
        JobRun run = jobs.run(execution);
        assertThat(run.status()).isEqualTo("COMPLETED");
        return run;
    }

    private static double seconds(JobRun run) {
        return Duration.between(run.start(), run.end()).toMillis() / 1000.0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private FiscalCode citizen() {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            first.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        first.append("96C11L378");
        FiscalCode code = FiscalCode.of(first.toString() + FiscalCode.checkCharacter(first.toString()));
        citizens.signIn(code, new PersonalData("Bruno", "Bench", LocalDate.of(1996, 3, 11), "Pisa", Sex.MALE, "bruno@example.org",
                null), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");
        return code;
    }

    private String sentReport(FiscalCode citizen) {
        Practice practice = workflow.start(citizen, REPORT, null);
        workflow.acceptPrivacy(citizen, practice.getReference());
        workflow.actForSelf(citizen, practice.getReference());
        workflow.fill(citizen, practice.getReference(), Map.of("categoria", "illuminazione",
                "descrizione", "Il lampione davanti al civico 3 è spento da una settimana.",
                "luogo", Map.of("street", "Via Roma", "number", "3", "country", "IT", "province", "PI", "comune", "Pisa", "cap", "56125")), 3);
        return workflow.send(citizen, practice.getReference()).getReference();
    }

    private static void waitFor(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
