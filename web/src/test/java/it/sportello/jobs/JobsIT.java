package it.sportello.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import it.sportello.booking.boundary.Bookings;
import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.booking.entity.Person;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.jobs.boundary.BackgroundJob;
import it.sportello.jobs.boundary.JobRun;
import it.sportello.jobs.boundary.Jobs;
import it.sportello.mail.boundary.Mailer;
import it.sportello.mail.boundary.Outbox;
import it.sportello.mail.entity.OutgoingMail;
import it.sportello.payment.boundary.Payments;
import it.sportello.payment.entity.Payment;
import it.sportello.platform.BusinessException;
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.platform.i18n.LocalizedText;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.boundary.PracticeWorkflow;
import it.sportello.practice.boundary.Practices;
import it.sportello.practice.boundary.UnknownPracticeException;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeStatus;
import it.sportello.practice.entity.ReleaseCharges;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.protocol.boundary.ProtocolSubmission;
import it.sportello.protocol.control.MunicipalRegister;
import it.sportello.protocol.control.ProtocolRegister;
import it.sportello.protocol.entity.Direction;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.protocol.entity.RegistrationKind;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;
import it.sportello.testing.Reports;
import it.sportello.testing.TestCalendars;
import it.sportello.testing.TestClock;

/**
 * The background jobs in the running application: the mail outbox with a mail server that goes
 * down and comes back (GreenMail, started inside the server on the port the application mails to);
 * protocol submission against an external register over HTTP that fails 30 % of calls, a run
 * stopped and restarted, integration and outcome registrations; the municipal register's numbers
 * under concurrent registrations that partly roll back.
 */
@ExtendWith(ArquillianExtension.class)
class JobsIT {

    private static final String REPORT = "segnalazione-disservizio";
    /** Enabled for the reports. */
    private static final String OPERATORE = "operatore";

    private static final String ADMIN = "admin";
    /** A position issued today falls due in as many days (sportello.payment.due-days). */
    private static final int PAYMENT_DUE_DAYS = 30;

    /**
     * The application as every test class gets it; this class runs in failsafe's {@code protocol}
     * execution, whose server has the protocol register on, talking over HTTP to the external
     * register of this test ({@code sportello.protocol.url}), the job started by the tests only,
     * failed registrations due again at once and three partitions per step.
     */
    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @EJB
    Mailer mailer;

    @EJB
    Outbox outbox;

    @EJB
    Jobs jobs;

    @EJB
    PracticeWorkflow workflow;

    @EJB
    PracticeDesk desk;

    @EJB
    Practices practices;

    @EJB
    Citizens citizens;

    @EJB
    ProtocolRegistrations registrations;

    @EJB
    Calendars calendars;

    @EJB
    ProtocolSubmission submission;

    @EJB
    StaffDirectory staff;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    Bookings bookings;

    @Inject
    Callers callers;

    @EJB
    Payments payments;

    @EJB
    MunicipalRegister municipal;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    /** A citizen of this test alone. */
    private FiscalCode citizen;

    private GreenMail smtp;

    @BeforeEach
    void theMailServerRunsAndACitizenHasLoggedIn() {
        smtp = startSmtp();
        citizen = newFiscalCode();
        citizens.signIn(
                citizen,
                new PersonalData(
                        "Giulia",
                        "Jobs" + citizen.toString().substring(0, 6),
                        LocalDate.of(1996, 3, 11),
                        "Pisa",
                        Sex.FEMALE,
                        "giulia@example.org",
                        null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
    }

    @AfterEach
    void stopTheMailServerAndPutTheClockBack() {
        smtp.stop();
        TestClock.reset();
    }

    @Test
    void aQueuedMailLeavesRightAfterTheCommit() {
        String tag = UUID.randomUUID().toString();

        mailer.send("anna@example.org", "Prova " + tag, "Testo");
        mailer.send(
                "bruno@example.org", "Prova " + tag, "Testo", "ricevuta.pdf", "application/pdf", new byte[] {1, 2, 3});

        waitFor(() -> received(tag).size() == 2);
        assertThat(received(tag)).hasSize(2);
    }

    @Test
    void mailQueuedWhileTheMailServerIsDownIsDeliveredOnceWhenItIsBack() {
        callers.asStaff(ADMIN);
        smtp.stop();
        String tag = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            mailer.send("citizen" + i + "@example.org", "Attesa " + tag, "Testo " + i);
        }
        waitFor(() -> waiting(tag).size() == 5 && waiting(tag).stream().allMatch(mail -> mail.getAttempts() >= 1));
        assertThat(waiting(tag))
                .allSatisfy(mail -> assertThat(mail.getLastError()).isNotBlank());

        smtp = startSmtp();
        outbox.retryAllWaiting();
        long execution = jobs.start(BackgroundJob.MAIL_OUTBOX);
        waitFor(() -> finished(execution));

        assertThat(jobs.run(execution).status()).isEqualTo("COMPLETED");
        assertThat(received(tag)).as("0 lost, 0 duplicated").hasSize(5);
        assertThat(waiting(tag)).isEmpty();
        assertThat(outbox.list(OutgoingMail.Status.SENT, 0, 1000))
                .filteredOn(mail -> mail.getSubject().endsWith(tag))
                .hasSize(5);
        List<JobRun> runs = jobs.runs(BackgroundJob.MAIL_OUTBOX, 5);
        assertThat(runs).extracting(JobRun::executionId).contains(execution);
    }

    // --- protocol submission --------------------------------------------------------------------

    @Test
    void aRegisterFailingThirtyPercentOfCallsLosesAndDuplicatesNothing() {
        try (FakeProtocolRegister register = FakeProtocolRegister.start(registerPort(), 0.3, 0)) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sent.add(sentReport());
            }

            callers.asStaff(ADMIN);
            for (int run = 0; run < 40 && !allRegistered(sent); run++) {
                runToTheEnd(BackgroundJob.PROTOCOL_SUBMISSION);
            }

            List<ProtocolRegistration> mine = sent.stream()
                    .flatMap(reference -> registrations.of(reference).stream())
                    .toList();
            assertThat(mine).as("0 lost").hasSize(12).allSatisfy(registration -> {
                assertThat(registration.getStatus()).isEqualTo(ProtocolRegistration.Status.REGISTERED);
                assertThat(registration.getKind()).isEqualTo(RegistrationKind.SENDING);
                assertThat(registration.getDirection()).isEqualTo(Direction.INCOMING);
                assertThat(register.entriesOf(registration.getRegistrationId()))
                        .as("0 duplicated")
                        .isEqualTo(1);
                assertThat(registration.getNumber()).isEqualTo(register.numberOf(registration.getRegistrationId()));
                assertThat(registration.getDocuments()).first().asString().matches("[0-9a-f]{64}  modulo-.*\\.pdf");
                assertThat(registration.getDossier().getCode())
                        .isEqualTo(Year.now().getValue() + "/" + REPORT);
            });
            assertThat(register.failures()).as("the register did fail").isPositive();
            assertThat(mine).extracting(ProtocolRegistration::getNumber).doesNotHaveDuplicates();
            assertThat(register.entries())
                    .as("numbers gapless: one entry per number")
                    .isEqualTo((int) java.util.stream.IntStream.rangeClosed(1, register.entries())
                            .count());
            callers.asCitizen(citizen);
            assertThat(sent)
                    .allSatisfy(reference ->
                            assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.REGISTERED));
            String number = mine.get(0).getProtocolNumber();
            waitFor(() -> Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(message -> body(message).contains(number)));
        }
    }

    @Test
    void aStoppedRunRestartedFromItsCheckpointRegistersEachOnce() {
        try (FakeProtocolRegister register = FakeProtocolRegister.start(registerPort(), 0, 150)) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                sent.add(sentReport());
            }
            callers.asStaff(ADMIN);
            long execution = jobs.start(BackgroundJob.PROTOCOL_SUBMISSION);
            waitFor(() -> register.entries() >= 3);
            BatchRuntime.getJobOperator().stop(execution);
            waitFor(() -> finished(execution));
            assertThat(jobs.run(execution).status()).isEqualTo("STOPPED");
            assertThat(jobs.run(execution).isRestartable()).isTrue();

            long restarted = jobs.restart(execution);
            waitFor(() -> finished(restarted));
            assertThat(jobs.run(restarted).status()).isEqualTo("COMPLETED");
            assertThat(BatchRuntime.getJobOperator().getParameters(restarted).getProperty("partitions"))
                    .as("the restart keeps the partitions its run started with")
                    .isEqualTo("3");
            runToTheEnd(BackgroundJob.PROTOCOL_SUBMISSION);

            List<ProtocolRegistration> mine = sent.stream()
                    .flatMap(reference -> registrations.of(reference).stream())
                    .toList();
            assertThat(mine).hasSize(25).allSatisfy(registration -> {
                assertThat(registration.isRegistered()).isTrue();
                assertThat(register.entriesOf(registration.getRegistrationId())).isEqualTo(1);
            });
            assertThat(jobs.runs(BackgroundJob.PROTOCOL_SUBMISSION, 50))
                    .extracting(JobRun::executionId)
                    .contains(execution, restarted);
            assertThat(jobs.run(execution).isRestartable())
                    .as("only the latest execution of an instance restarts")
                    .isFalse();
            assertThatThrownBy(() -> jobs.restart(execution))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("jobs.restart.not_failed");
        }
    }

    @Test
    void aRunningExecutionIsInterruptedWhenItsServerIsNoLongerHeardOfAndANewOneTakesOver() {
        String thisServer = ManagementFactory.getRuntimeMXBean().getName();
        Instant before = Instant.now();
        waitFor(() -> {
            Instant seen = seenAt(thisServer);
            return seen.isAfter(before) && seen.isBefore(Instant.now().plusSeconds(1));
        });

        // each registration takes 1.5 s: the run lasts about 12 s, longer than three heartbeats of this suite (3 s)
        try (FakeProtocolRegister register = FakeProtocolRegister.start(registerPort(), 0, 1500)) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                sent.add(sentReport());
            }
            callers.asStaff(ADMIN);
            long execution = jobs.start(BackgroundJob.PROTOCOL_SUBMISSION);
            waitFor(() -> register.entries() >= 1);
            assertThat(serverOf(execution)).isEqualTo(thisServer);
            assertThat(jobs.run(execution).status()).isEqualTo("STARTED");
            assertThat(jobs.run(execution).isRestartable()).isFalse();
            assertThatThrownBy(() -> jobs.restart(execution))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("jobs.restart.not_failed");

            // run by a server never heard of: interrupted once the execution is older than three heartbeats
            setServerOf(execution, "gone@nowhere");
            waitFor(() -> jobs.run(execution).status().equals(JobRun.INTERRUPTED));
            assertThat(jobs.run(execution).isRestartable()).isTrue();
            assertThat(jobs.runs(BackgroundJob.PROTOCOL_SUBMISSION, 5))
                    .filteredOn(run -> run.executionId() == execution)
                    .extracting(JobRun::status)
                    .containsExactly(JobRun.INTERRUPTED);

            // a new execution takes over, once; here the "dead" run goes on too, and still nothing is done twice
            long takingOver = jobs.restart(execution);
            assertThat(takingOver).isNotEqualTo(execution);
            assertThat(jobs.run(execution).status()).isEqualTo(JobRun.TAKEN_OVER);
            assertThat(jobs.run(execution).isRestartable()).isFalse();
            assertThatThrownBy(() -> jobs.restart(execution))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("jobs.restart.not_failed");
            waitFor(() -> finished(takingOver));
            assertThat(jobs.run(takingOver).status()).isEqualTo("COMPLETED");
            assertThat(BatchRuntime.getJobOperator().getParameters(takingOver).getProperty("partitions"))
                    .as("the parameters of the run taken over")
                    .isEqualTo("3");
            waitFor(() -> finished(execution));
            List<ProtocolRegistration> mine = sent.stream()
                    .flatMap(reference -> registrations.of(reference).stream())
                    .toList();
            assertThat(mine).hasSize(24).allSatisfy(registration -> {
                assertThat(registration.isRegistered()).isTrue();
                assertThat(register.entriesOf(registration.getRegistrationId())).isEqualTo(1);
            });
        }
    }

    /** When the server last said it is alive. */
    private Instant seenAt(String server) {
        return queryOne("SELECT seen_at FROM job_node WHERE name = ?", server)
                .map(value -> ((Timestamp) value).toInstant())
                .orElse(Instant.EPOCH);
    }

    /** The server that runs the execution. */
    private String serverOf(long execution) {
        return (String) queryOne("SELECT node FROM job_execution_node WHERE execution_id = ?", execution)
                .orElse(null);
    }

    private void setServerOf(long execution, String server) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE job_execution_node SET node = ? WHERE execution_id = ?")) {
            update.setString(1, server);
            update.setLong(2, execution);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Object> queryOne(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anIntegrationRequestAndAnOutcomeGetTheirOwnRegistrationsAndTheOutcomeIsFinalOnlyOnceRegistered() {
        try (FakeProtocolRegister register = FakeProtocolRegister.start(registerPort(), 0, 0)) {
            String reference = sentReport();
            callers.asStaff(OPERATORE);
            desk.takeCharge(reference);
            desk.requestIntegration(reference, "Manca la foto del lampione.", List.of());
            runToTheEnd(BackgroundJob.PROTOCOL_SUBMISSION);
            callers.asStaff(OPERATORE);
            desk.cancelIntegration(reference);
            desk.approve(reference, "Il lampione sarà riparato entro una settimana.", null, List.of());

            callers.asCitizen(citizen);
            assertThat(practices.owned(reference).getStatus())
                    .as("Elaborata until the letter is registered")
                    .isEqualTo(PracticeStatus.PROCESSED);
            runToTheEnd(BackgroundJob.PROTOCOL_SUBMISSION);

            callers.asCitizen(citizen);
            assertThat(practices.owned(reference).getStatus()).isEqualTo(PracticeStatus.ACCEPTED);
            callers.asStaff(ADMIN);
            assertThat(registrations.of(reference))
                    .extracting(
                            ProtocolRegistration::getKind,
                            ProtocolRegistration::getDirection,
                            ProtocolRegistration::isRegistered)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(RegistrationKind.SENDING, Direction.INCOMING, true),
                            org.assertj.core.groups.Tuple.tuple(
                                    RegistrationKind.INTEGRATION_REQUEST, Direction.OUTGOING, true),
                            org.assertj.core.groups.Tuple.tuple(RegistrationKind.OUTCOME, Direction.OUTGOING, true));
            assertThat(registrations.of(reference))
                    .extracting(ProtocolRegistration::getNumber)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void theMunicipalRegisterGivesGaplessNumbersUnderConcurrencyAndRollbacks() throws Exception {
        int year = Year.now().getValue();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean rollBack = i % 5 == 0;
            results.add(executor.submit(() -> {
                transaction.begin();
                try {
                    int number = municipal
                            .register(new ProtocolRegister.Submission(
                                    UUID.randomUUID().toString(),
                                    Direction.INCOMING,
                                    "Prova",
                                    "Giulia",
                                    year + "/prova",
                                    "prova.pdf",
                                    new byte[] {1},
                                    List.of(ProtocolRegistration.digestLine("00", "prova.pdf"))))
                            .number();
                    if (rollBack) {
                        transaction.rollback();
                        return null;
                    }
                    transaction.commit();
                    return number;
                } catch (Exception e) {
                    transaction.rollback();
                    throw e;
                }
            }));
        }
        List<Integer> committed = new ArrayList<>();
        for (Future<Integer> result : results) {
            Integer number = result.get(60, TimeUnit.SECONDS);
            if (number != null) {
                committed.add(number);
            }
        }

        callers.asStaff(ADMIN);
        List<Integer> numbers = registrations.numbersOf(year);
        assertThat(committed).hasSize(32).doesNotHaveDuplicates();
        assertThat(numbers).containsAll(committed);
        assertThat(numbers)
                .as("gapless from 1")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                        .boxed()
                        .toList());
        byte[] daily = registrations.dailyRegister(LocalDate.now(Clocks.ITALY), Locale.ITALIAN);
        assertThat(new String(daily, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    // --- draft expiry and reminders -------------------------------------------------------------

    @Test
    void anOldDraftIsWarnedOnceThenDeletedAndASentPracticeIsNeverTouched() {
        String sent = sentReport();
        String draft = workflow.start(REPORT, null).getReference();

        // 83 days and an hour later: a week before the 90 days are up, the citizen is warned.
        TestClock.moveAhead(Duration.ofDays(83).plusHours(1));
        runToTheEnd(BackgroundJob.DRAFT_EXPIRY);
        runToTheEnd(BackgroundJob.DRAFT_EXPIRY);
        waitFor(() -> mailsAbout(draft, "bozza").size() == 1);
        callers.asCitizen(citizen);
        assertThat(practices.owned(draft).isDraft())
                .as("warned, not yet deleted")
                .isTrue();

        // A week after the warning the draft goes.
        TestClock.moveAhead(Duration.ofDays(90).plusHours(2));
        JobRun deleting = runToTheEnd(BackgroundJob.DRAFT_EXPIRY);

        assertThat(deleting.read())
                .as("the counts of the partitions add up in the run")
                .isPositive();
        assertThat(deleting.written()).isPositive();
        callers.asCitizen(citizen);
        assertThatThrownBy(() -> practices.owned(draft)).isInstanceOf(UnknownPracticeException.class);
        assertThat(practices.owned(sent).isSent()).isTrue();
        assertThat(queuedAbout(draft, "bozza")).as("one warning").hasSize(1);
        assertThat(queuedAbout(sent, "bozza")).isEmpty();
    }

    @Test
    void anUnansweredIntegrationRequestIsRemindedOnce() {
        String reference = sentReport();
        String answered = sentReport();
        callers.asStaff(OPERATORE);
        desk.takeCharge(reference);
        desk.requestIntegration(reference, "Manca la foto del lampione.", List.of());
        desk.takeCharge(answered);
        desk.requestIntegration(answered, "Manca la foto del lampione.", List.of());
        callers.asCitizen(citizen);
        workflow.write(answered, "Ecco la foto.", true, List.of());

        // A week and an hour later, the reminders job runs twice.
        TestClock.moveAhead(Duration.ofDays(7).plusHours(1));
        runToTheEnd(BackgroundJob.REMINDERS);
        runToTheEnd(BackgroundJob.REMINDERS);

        waitFor(() -> mailsAbout(reference, "integrazioni ancora attese").size() == 1);
        assertThat(queuedAbout(reference, "integrazioni ancora attese"))
                .as("sent once")
                .hasSize(1);
        assertThat(queuedAbout(answered, "integrazioni ancora attese"))
                .as("answered")
                .isEmpty();
    }

    @Test
    void aRegistrationGivenUpAfterTheMaximumOfAttemptsIsMailedToTheAdministrators() throws Exception {
        // No register listens: every attempt fails at once.
        String reference = sentReport();
        callers.asStaff(ADMIN);
        long id = registrations.of(reference).get(0).getId();
        for (int attempt = 0; attempt < 100 && status(reference) == ProtocolRegistration.Status.PENDING; attempt++) {
            submission.register(id);
        }
        assertThat(status(reference)).isEqualTo(ProtocolRegistration.Status.FAILED);

        waitFor(() -> mailsAbout(reference, "registrazione di protocollo non riuscita")
                        .size()
                == 1);
        MimeMessage report = mailsAbout(reference, "registrazione di protocollo non riuscita")
                .get(0);
        assertThat(report.getAllRecipients()[0].toString()).isIn(staff.administratorEmails());
        assertThat(text(report)).contains("dopo 100 tentativi", "/backoffice/lavori/index.xhtml");
    }

    private ProtocolRegistration.Status status(String reference) {
        return registrations.of(reference).get(0).getStatus();
    }

    @Test
    void aConfirmedAppointmentIsRemindedOnceTheDayBeforeWithPlaceTimeAndCancelLink() {
        callers.asStaff(ADMIN);
        Calendar calendar = calendarOfThisTest();
        LocalDate tomorrow = LocalDate.now(Clocks.ITALY).plusDays(1);
        Appointment reminded = calendars.enter(
                calendar.getCode(),
                tomorrow.atTime(10, 0),
                new Person(null, "Irene", "Promemoria", null, "irene@example.org", null),
                "Carta d'identità");
        Appointment later = calendars.enter(
                calendar.getCode(),
                tomorrow.plusDays(2).atTime(10, 0),
                new Person(null, "Ugo", "Dopodomani", null, "ugo@example.org", null),
                "Carta d'identità");
        Appointment cancelled = calendars.enter(
                calendar.getCode(),
                tomorrow.atTime(11, 0),
                new Person(null, "Ada", "Annullata", null, "ada@example.org", null),
                "Carta d'identità");
        calendars.cancel(cancelled.getReference(), "Ufficio chiuso");

        runToTheEnd(BackgroundJob.REMINDERS);
        runToTheEnd(BackgroundJob.REMINDERS);

        waitFor(() -> mailsAbout(reminded.getReference(), "promemoria").size() == 1);
        String body = text(mailsAbout(reminded.getReference(), "promemoria").get(0));
        assertThat(body)
                .contains(
                        "Irene Promemoria",
                        "Sala delle prove, piano terra",
                        "10:00",
                        "/prenotazioni/annulla.xhtml?prenotazione=" + reminded.getReference() + "&codice=");
        assertThat(mailsAbout(later.getReference(), "promemoria"))
                .as("not tomorrow")
                .isEmpty();
        assertThat(mailsAbout(cancelled.getReference(), "promemoria"))
                .as("cancelled")
                .isEmpty();
        assertThat(mailsAbout(reminded.getReference(), "promemoria"))
                .as("sent once")
                .hasSize(1);
    }

    @Test
    void aPaymentFallingDueIsRemindedOnceWithItsNotice() throws Exception {
        String reference = sentReport();
        callers.asStaff(OPERATORE);
        desk.takeCharge(reference);
        desk.approve(
                reference,
                "Intervento a carico del richiedente.",
                null,
                List.of(),
                new ReleaseCharges(new BigDecimal("25.00"), List.of()));
        callers.asCitizen(citizen);
        Payment payment = payments.toPay(reference);
        String notice = payment.getNoticeNumber().orElseThrow().grouped();

        runToTheEnd(BackgroundJob.REMINDERS);
        runToTheEnd(BackgroundJob.REMINDERS);

        waitFor(() -> mailsAbout(notice, "pagamento in scadenza").size() == 1);
        MimeMessage reminder = mailsAbout(notice, "pagamento in scadenza").get(0);
        assertThat(text(reminder)).contains("25,00", "/area-personale/pagamenti.xhtml");
        assertThat(((Multipart) reminder.getContent()).getBodyPart(1).getFileName())
                .isEqualTo("avviso-" + payment.getNoticeNumber().orElseThrow().value() + ".pdf");
        assertThat(mailsAbout(notice, "pagamento in scadenza")).as("sent once").hasSize(1);
    }

    @Test
    void anAppointmentDraftWhoseHoldExpiredIsRemovedAndAHeldOneIsKept() throws SQLException {
        callers.asStaff(ADMIN);
        Calendar calendar = calendarOfThisTest();
        LocalDate inTwoDays = LocalDate.now(Clocks.ITALY).plusDays(2);
        callers.asCitizen(citizen);
        String expired = bookings.hold(calendar.getCode(), Set.of(inTwoDays.atTime(9, 0)));
        String kept = bookings.hold(calendar.getCode(), Set.of(inTwoDays.atTime(9, 30)));
        // Ten minutes later for the first draft: its hold (and its seat's) ended a minute ago.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE appointment SET hold_until = ? WHERE reference = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            update.setString(2, expired);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        callers.asStaff(ADMIN);
        runToTheEnd(BackgroundJob.DRAFT_EXPIRY);

        assertThat(bookings.find(expired)).isEmpty();
        assertThat(bookings.find(kept)).isPresent();
    }

    /**
     * A calendar of its own, every day 08:00-18:00 in 30-minute meetings, drafts held ten minutes;
     * holidays included, created by the caller, an administrator.
     */
    private Calendar calendarOfThisTest() {
        Calendar calendar = new Calendar(
                "jobs-" + UUID.randomUUID().toString().substring(0, 8),
                LocalizedText.italian("Sportello delle prove"),
                null);
        calendar.describe(null, "Sala delle prove, piano terra", null, null);
        calendar.bookingWindow(0, 30);
        calendar.policy(10, 0, false, true);
        LocalDate today = LocalDate.now(Clocks.ITALY);
        calendar.open(new OpeningHours(
                "Tutti i giorni",
                today,
                today.plusDays(30),
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(8, 0),
                LocalTime.of(18, 0),
                1,
                30,
                0));
        calendars.create(calendar);
        return TestCalendars.openOnHolidays(calendars, calendar.getCode());
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof Multipart parts
                    ? String.valueOf(parts.getBodyPart(0).getContent())
                    : String.valueOf(content);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> mailsAbout(String reference, String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).contains(subject))
                .filter(message -> text(message).contains(reference))
                .toList();
    }

    /**
     * The mails the application queued about {@code reference}, delivered or not: what it decided
     * to send, which a second delivery of the same reminder would show at once. Read in the job
     * console, as the administrator, who stays logged in.
     */
    private List<OutgoingMail> queuedAbout(String reference, String subject) {
        callers.asStaff(ADMIN);
        return EnumSet.allOf(OutgoingMail.Status.class).stream()
                .flatMap(status -> outbox.list(status, 0, 10_000).stream())
                .filter(mail ->
                        mail.getSubject().contains(subject) && mail.getBody().contains(reference))
                .toList();
    }

    private boolean allRegistered(List<String> references) {
        return references.stream()
                .flatMap(reference -> registrations.of(reference).stream())
                .allMatch(ProtocolRegistration::isRegistered);
    }

    /** Starts the job from the job console and waits for its end, as the administrator, who stays logged in. */
    private JobRun runToTheEnd(BackgroundJob job) {
        callers.asStaff(ADMIN);
        long execution = jobs.start(job);
        waitFor(() -> finished(execution));
        JobRun run = jobs.run(execution);
        assertThat(run.status()).isEqualTo("COMPLETED");
        return run;
    }

    private boolean finished(long execution) {
        return Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                .contains(jobs.run(execution).status());
    }

    /** A report of this test's citizen, sent and acquired; the citizen is logged in from then on. */
    private String sentReport() {
        callers.asCitizen(citizen);
        Practice practice = workflow.start(REPORT, null);
        workflow.acceptPrivacy(practice.getReference());
        workflow.actForSelf(practice.getReference());
        workflow.fill(
                practice.getReference(),
                Reports.typed("illuminazione", "Il lampione davanti al civico 3 è spento da una settimana."),
                3);
        return workflow.send(practice.getReference()).getReference();
    }

    private static int registerPort() {
        String url = ConfigProvider.getConfig().getValue("sportello.protocol.url", String.class);
        return URI.create(url).getPort();
    }

    private static FiscalCode newFiscalCode() {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            first.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        first.append("96C51L378");
        return FiscalCode.of(first.toString() + FiscalCode.checkCharacter(first.toString()));
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OutgoingMail> waiting(String tag) {
        return outbox.list(OutgoingMail.Status.PENDING, 0, 1000).stream()
                .filter(mail -> mail.getSubject().endsWith(tag))
                .toList();
    }

    private List<MimeMessage> received(String tag) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> subject(message).endsWith(tag))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server =
                new GreenMail(new ServerSetup(Integer.getInteger("sportello.mail.port"), "localhost", "smtp"));
        server.start();
        return server;
    }

    static void waitFor(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Still not so after 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
