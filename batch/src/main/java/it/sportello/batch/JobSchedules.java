package it.sportello.batch;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import it.sportello.jobs.boundary.BackgroundJob;
import it.sportello.jobs.boundary.JobLeases;
import it.sportello.jobs.boundary.JobNodes;
import it.sportello.platform.database.DatabaseMigration;
import it.sportello.platform.logging.Logs;

/**
 * Starts each background job at its cadence ({@code sportello.jobs.<job>.every}, an ISO-8601
 * duration; {@code PT0S} turns the schedule off). Every instance of a cluster has the timers; the
 * run of a slot (the cadence's periods counted from the epoch) happens on the one instance that
 * takes the slot's lease in the database. Every instance also records itself alive at each
 * heartbeat, so that the executions of an instance that died are known as interrupted.
 */
@Singleton
@Startup
public class JobSchedules {

    private static final Logger LOG = Logs.of(JobSchedules.class);

    /** This instance, for the lease rows and the servers' heartbeats. */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    /** The timer that records this instance alive ({@link JobNodes}). */
    private static final String HEARTBEAT = "heartbeat";

    @Resource
    TimerService timers;

    @EJB
    JobLeases leases;

    @EJB
    JobNodes nodes;

    @EJB
    DatabaseMigration migration;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        migration.awaitSchema();
        nodes.alive(INSTANCE);
        long heartbeat = nodes.heartbeat().toMillis();
        timers.createIntervalTimer(heartbeat, heartbeat, new TimerConfig(HEARTBEAT, false));
        for (BackgroundJob job : BackgroundJob.values()) {
            Duration every =
                    config.getOptionalValue(job.cadenceKey(), Duration.class).orElse(Duration.ZERO);
            if (every.isZero() || every.isNegative()) {
                continue;
            }
            timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(job, false));
        }
    }

    @Timeout
    void run(Timer timer) {
        if (HEARTBEAT.equals(timer.getInfo())) {
            nodes.alive(INSTANCE);
            return;
        }
        BackgroundJob job = (BackgroundJob) timer.getInfo();
        long period = config.getValue(job.cadenceKey(), Duration.class).toMillis();
        long slot = clock.millis() / period;
        if (!leases.take(job.jobName(), slot, INSTANCE)) {
            return;
        }
        try {
            BatchRuntime.getJobOperator().start(job.jobName(), job.parameters(config));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "The scheduled run of " + job.jobName() + " did not start");
        }
    }

    /** The cadence of a job, empty when it has no schedule. */
    public Optional<Duration> cadence(BackgroundJob job) {
        return config.getOptionalValue(job.cadenceKey(), Duration.class).filter(d -> !d.isZero() && !d.isNegative());
    }
}
