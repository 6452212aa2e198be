package it.sportello.web.backoffice.jobs;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import it.sportello.jobs.boundary.BackgroundJob;
import it.sportello.jobs.boundary.JobRun;
import it.sportello.jobs.boundary.Jobs;
import it.sportello.mail.boundary.Outbox;
import it.sportello.mail.entity.OutgoingMail;
import it.sportello.platform.logging.RequestIds;
import it.sportello.platform.time.Clocks;
import it.sportello.protocol.boundary.ProtocolRegistrations;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.web.i18n.LocaleSelection;

/**
 * Backing bean of {@code /backoffice/lavori/index.xhtml}: the administrators' job console. Each
 * background job with its latest executions (status, start and end, read/written/skipped counts of
 * its steps, why it failed), a run started now, a failed run restarted and the work of a run
 * interrupted by its server's death taken over; the mail outbox and the
 * protocol registrations that wait or failed, sent again on demand; the daily protocol register.
 */
@Named
@ViewScoped
public class JobConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Executions shown per job. */
    static final int RUNS = 20;
    /** Mails and registrations shown per list. */
    static final int ROWS = 200;

    @EJB
    Jobs jobs;

    @EJB
    Outbox outbox;

    @EJB
    ProtocolRegistrations registrations;

    @Inject
    LocaleSelection locale;

    @Inject
    Clock clock;

    private transient Map<BackgroundJob, List<JobRun>> runs;
    private OutgoingMail.Status mailStatus = OutgoingMail.Status.FAILED;
    private LocalDate day;

    public List<BackgroundJob> getJobs() {
        return List.of(BackgroundJob.values());
    }

    public List<JobRun> runs(BackgroundJob job) {
        if (runs == null) {
            runs = new EnumMap<>(BackgroundJob.class);
        }
        return runs.computeIfAbsent(job, j -> jobs.runs(j, RUNS));
    }

    public void start(BackgroundJob job) {
        long execution = jobs.start(job);
        runs = null;
        Messages.addGlobalInfo("job_console.started", execution);
    }

    public void restart(long executionId) {
        boolean interrupted = JobRun.INTERRUPTED.equals(jobs.run(executionId).status());
        long execution = jobs.restart(executionId);
        runs = null;
        Messages.addGlobalInfo(interrupted ? "job_console.resumed" : "job_console.restarted", executionId, execution);
    }

    public void refresh() {
        runs = null;
    }

    public List<OutgoingMail.Status> getMailStatuses() {
        return List.of(OutgoingMail.Status.values());
    }

    public OutgoingMail.Status getMailStatus() {
        return mailStatus;
    }

    public void setMailStatus(OutgoingMail.Status mailStatus) {
        this.mailStatus = mailStatus == null ? OutgoingMail.Status.FAILED : mailStatus;
    }

    public List<OutgoingMail> getMails() {
        return outbox.list(mailStatus, 0, ROWS);
    }

    public long mailCount(OutgoingMail.Status status) {
        return outbox.count(status);
    }

    public void sendAgain(long mailId) {
        outbox.retryNow(mailId);
        outbox.deliverSoon(mailId, RequestIds.current().orElse(null));
        Messages.addGlobalInfo("job_console.outbox.queued");
    }

    public List<ProtocolRegistration> getWaitingRegistrations() {
        List<ProtocolRegistration> failed = registrations.list(ProtocolRegistration.Status.FAILED, ROWS);
        List<ProtocolRegistration> pending = registrations.list(ProtocolRegistration.Status.PENDING, ROWS);
        return java.util.stream.Stream.concat(failed.stream(), pending.stream()).toList();
    }

    public void registerAgain(long registrationId) {
        registrations.retryNow(registrationId);
        Messages.addGlobalInfo("job_console.protocol.queued");
    }

    public LocalDate getDay() {
        if (day == null) {
            day = LocalDate.now(clock.withZone(Clocks.ITALY));
        }
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public StreamedContent getDailyRegister() {
        LocalDate chosen = getDay();
        return DefaultStreamedContent.builder()
                .name("registro-protocollo-" + chosen + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(registrations.dailyRegister(chosen, locale.getLocale())))
                .build();
    }
}
