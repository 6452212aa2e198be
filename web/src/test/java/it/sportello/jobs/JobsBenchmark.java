package it.sportello.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

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
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.entity.Practice;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Reports;

/**
 * Not a test: measures the draft expiry job over many drafts and the protocol submission job
 * against an external register answering in 50 ms, inside the running application, and prints one
 * {@code BENCH} line per job. Run by {@code bench/run-jobs.sh}; sizes from {@code bench.drafts} and
 * {@code bench.practices}, partitions per step from {@code bench.partitions}. Its name does not end
 * in IT, so {@code ./mvnw verify} never runs it.
 * <p>
 * One draft is started through the practice workflow; the others are copies of its rows made with
 * SQL (a million drafts through the boundary would take hours by themselves). The jobs then work
 * through the boundaries as always. The sent practices are made through the boundary.
 */
@ExtendWith(ArquillianExtension.class)
class JobsBenchmark {

    private static final String REPORT = "segnalazione-disservizio";

    /** Copies of the first draft get ids above this one, far from those the sequence hands out. */
    private static final long COPIES = 4_000_000_000L;

    @Deployment
    static WebArchive deployment() {
        String settings = String.join(
                "\n",
                "config_ordinal=500",
                "sportello.protocol.enabled=true",
                "sportello.protocol.register=http",
                "sportello.protocol.url=http://localhost:" + freePort() + "/registrazioni",
                "sportello.jobs.protocol.every=PT0S",
                "sportello.jobs.drafts.every=PT0S",
                "sportello.jobs.outbox.every=PT0S",
                "sportello.drafts.expire-after=PT1S",
                "sportello.drafts.warn-before=PT0S",
                "bench.drafts=" + Integer.getInteger("bench.drafts", 2000),
                "bench.practices=" + Integer.getInteger("bench.practices", 200),
                "bench.partitions=" + Integer.getInteger("bench.partitions", 2));
        return Deployments.suite()
                .addClass(FakeProtocolRegister.class)
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

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Callers callers;

    @Test
    void draftExpiryAndProtocolSubmission() throws InterruptedException, SQLException {
        int drafts = ConfigProvider.getConfig().getValue("bench.drafts", Integer.class);
        int sent = ConfigProvider.getConfig().getValue("bench.practices", Integer.class);
        int partitions = ConfigProvider.getConfig().getValue("bench.partitions", Integer.class);
        FiscalCode citizen = citizen();
        callers.asCitizen(citizen);

        long creating = System.nanoTime();
        Practice template = workflow.start(REPORT, null);
        copy(template.getId(), drafts - 1);
        System.out.printf("BENCH drafts_created=%d seconds=%.1f%n", drafts, seconds(creating));
        Thread.sleep(1500);
        // with no wait after the warning, one run warns every draft (step "warn") and deletes it (step "delete")
        long cpu = cpuNanos();
        JobRun expiry = run(BackgroundJob.DRAFT_EXPIRY, drafts, partitions);
        double expiryCpu = (cpuNanos() - cpu) / 1e9;
        callers.asCitizen(citizen);
        assertThat(practices.of(null, null)).isEmpty();
        System.out.printf(
                "BENCH job=draft-expiry drafts=%d partitions=%d items=%d seconds=%.1f drafts_per_second=%.1f"
                        + " server_cpu_seconds=%.1f cpu_ms_per_draft=%.2f%n",
                drafts,
                partitions,
                expiry.written(),
                seconds(expiry),
                drafts / seconds(expiry),
                expiryCpu,
                expiryCpu * 1000 / drafts);

        List<String> references = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            references.add(sentReport());
        }
        String url = ConfigProvider.getConfig().getValue("sportello.protocol.url", String.class);
        try (FakeProtocolRegister register =
                FakeProtocolRegister.start(URI.create(url).getPort(), 0, 50)) {
            long cpuBefore = cpuNanos();
            JobRun registering = run(BackgroundJob.PROTOCOL_SUBMISSION, sent, partitions);
            double registeringCpu = (cpuNanos() - cpuBefore) / 1e9;
            callers.asCitizen(citizen);
            assertThat(references)
                    .allSatisfy(reference ->
                            assertThat(registrations.registered(reference)).hasSize(1));
            assertThat(register.entries()).as("each registered once").isEqualTo(sent);
            System.out.printf(
                    "BENCH job=protocol-submission registrations=%d partitions=%d register_ms=50 seconds=%.1f per_second=%.1f"
                            + " server_cpu_seconds=%.1f cpu_ms_per_registration=%.2f%n",
                    registering.written(),
                    partitions,
                    seconds(registering),
                    registering.written() / seconds(registering),
                    registeringCpu,
                    registeringCpu * 1000 / sent);
        }
    }

    /**
     * Copies the rows of a draft (the practice and its status changes) {@code count} times with new
     * ids and references, in batches.
     */
    private void copy(long draftId, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String> practiceColumns = otherColumns(connection, "practice", "id", "reference");
            List<String> changeColumns = otherColumns(connection, "status_change", "id", "practice_id");
            List<Long> changes = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id FROM status_change WHERE practice_id = ?")) {
                select.setLong(1, draftId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        changes.add(rows.getLong(1));
                    }
                }
            }
            String practices = String.join(", ", practiceColumns);
            String changeList = String.join(", ", changeColumns);
            try (PreparedStatement practice = connection.prepareStatement("INSERT INTO practice (id, reference, "
                            + practices + ") SELECT ?, ?, " + practices + " FROM practice WHERE id = ?");
                    PreparedStatement change =
                            connection.prepareStatement("INSERT INTO status_change (id, practice_id, " + changeList
                                    + ") SELECT ?, ?, " + changeList + " FROM status_change WHERE id = ?")) {
                for (int i = 1; i <= count; i++) {
                    long id = COPIES + i;
                    practice.setLong(1, id);
                    practice.setString(2, UUID.randomUUID().toString());
                    practice.setLong(3, draftId);
                    practice.addBatch();
                    for (int k = 0; k < changes.size(); k++) {
                        change.setLong(1, COPIES + (long) i * changes.size() + k);
                        change.setLong(2, id);
                        change.setLong(3, changes.get(k));
                        change.addBatch();
                    }
                    if (i % 1000 == 0 || i == count) {
                        practice.executeBatch();
                        change.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }

    private static List<String> otherColumns(Connection connection, String table, String... except)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!List.of(except).contains(column)) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    /**
     * Runs the job over at most {@code items} items per partition, so that one run takes them all,
     * and follows it in the job console as the administrator, who stays logged in.
     */
    private JobRun run(BackgroundJob job, int items, int partitions) {
        callers.asStaff("admin");
        Properties parameters = new Properties();
        parameters.setProperty("max", String.valueOf((long) items * partitions));
        parameters.setProperty("partitions", String.valueOf(partitions));
        long execution = BatchRuntime.getJobOperator().start(job.jobName(), parameters);
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

    /**
     * CPU time of the whole server process (both cores), which includes the register's test server
     * and the waits for it; what else runs on the machine does not count.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
        citizens.signIn(
                code,
                new PersonalData(
                        "Bruno", "Bench", LocalDate.of(1996, 3, 11), "Pisa", Sex.MALE, "bruno@example.org", null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
        return code;
    }

    /** A report sent by the citizen logged in. */
    private String sentReport() {
        Practice practice = workflow.start(REPORT, null);
        workflow.acceptPrivacy(practice.getReference());
        workflow.actForSelf(practice.getReference());
        workflow.fill(
                practice.getReference(),
                Reports.typed("illuminazione", "Il lampione davanti al civico 3 è spento da una settimana."),
                3);
        return workflow.send(practice.getReference()).getReference();
    }

    private static void waitFor(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofHours(6).toNanos();
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
