package it.sportello.jobs.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.Config;

import it.sportello.identity.entity.Roles;
import it.sportello.platform.BusinessException;

/**
 * The background jobs for administrators: their latest executions with the step metrics, a run
 * started now, and a failed run restarted where its checkpoints left it (JobOperator). The job
 * console is theirs alone; the jobs' own schedules start runs without this boundary.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Jobs {

    @Inject
    Config config;

    /** Starts a run of the job now, besides its schedule. */
    public long start(@NotNull BackgroundJob job) {
        return operator().start(job.jobName(), job.parameters(config));
    }

    /** Restarts a failed or stopped execution from its last checkpoint. */
    public long restart(@Min(1) long executionId) {
        JobExecution execution = operator().getJobExecution(executionId);
        if (execution.getBatchStatus() != BatchStatus.FAILED && execution.getBatchStatus() != BatchStatus.STOPPED) {
            throw new BusinessException("jobs.restart.not_failed");
        }
        return operator()
                .restart(
                        executionId,
                        execution.getJobParameters() == null ? new Properties() : execution.getJobParameters());
    }

    /** The latest executions of a job, newest first. */
    public List<JobRun> runs(@NotNull BackgroundJob job, @Min(1) int max) {
        JobOperator operator = operator();
        List<JobRun> runs = new ArrayList<>();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job.jobName(), 0, max);
        } catch (NoSuchJobException e) {
            return runs;
        }
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                runs.add(run(operator, instance, execution));
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    /** The status of one execution. */
    public JobRun run(@Min(1) long executionId) {
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        return run(operator, operator.getJobInstance(executionId), execution);
    }

    private static JobRun run(JobOperator operator, JobInstance instance, JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        String failure = null;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    default -> {}
                }
            }
            if (step.getBatchStatus() == BatchStatus.FAILED && failure == null) {
                failure = step.getStepName() + ": " + step.getExitStatus();
            }
        }
        if (execution.getBatchStatus() == BatchStatus.FAILED && failure == null) {
            failure = execution.getExitStatus();
        }
        return new JobRun(
                execution.getExecutionId(),
                instance.getInstanceId(),
                execution.getJobName(),
                execution.getBatchStatus().name(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                read,
                written,
                skipped,
                failure);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
