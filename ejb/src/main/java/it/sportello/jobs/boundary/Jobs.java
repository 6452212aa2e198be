package it.sportello.jobs.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
 * console is theirs alone; the jobs' own schedules start runs without this boundary. An execution
 * left running by a server that died shows as interrupted ({@link JobNodes}) and restarts like a
 * failed one, on whichever server the administrator uses.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Jobs {

    @Inject
    Config config;

    @Inject
    JobNodes nodes;

    /** Starts a run of the job now, besides its schedule. */
    public long start(@NotNull BackgroundJob job) {
        return operator().start(job.jobName(), job.parameters(config));
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint, on this server whichever ran
     * it; or, for one interrupted by the death of its server, starts a new execution with its
     * parameters that does what it left ({@link JobNodes}). Returns the new execution's id.
     */
    public long restart(@Min(1) long executionId) {
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        JobRun run = run(operator, operator.getJobInstance(executionId), execution);
        if (!run.isRestartable()) {
            throw new BusinessException("jobs.restart.not_failed");
        }
        Properties parameters = execution.getJobParameters() == null ? new Properties() : execution.getJobParameters();
        if (!JobRun.INTERRUPTED.equals(run.status())) {
            return operator.restart(executionId, parameters);
        }
        if (!nodes.claim(executionId)) {
            throw new BusinessException("jobs.restart.not_failed");
        }
        long taking = operator.start(execution.getJobName(), parameters);
        nodes.recordTakeOver(executionId, taking);
        return taking;
    }

    /** The latest executions of a job, newest first. */
    public List<JobRun> runs(@NotNull BackgroundJob job, @Min(1) int max) {
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job.jobName(), 0, max);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<JobRun> runs = new ArrayList<>();
        for (JobInstance instance : instances) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            Map<Long, String> interrupted = interrupted(executions);
            for (JobExecution execution : executions) {
                runs.add(run(operator, instance, execution, interrupted, latest(executions)));
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > max ? runs.subList(0, max) : runs;
    }

    /** The status of one execution. */
    public JobRun run(@Min(1) long executionId) {
        JobOperator operator = operator();
        return run(operator, operator.getJobInstance(executionId), operator.getJobExecution(executionId));
    }

    private JobRun run(JobOperator operator, JobInstance instance, JobExecution execution) {
        return run(
                operator,
                instance,
                execution,
                interrupted(List.of(execution)),
                latest(operator.getJobExecutions(instance)));
    }

    /** The id of the latest of the executions of one job instance. */
    private static long latest(List<JobExecution> executions) {
        return executions.stream().mapToLong(JobExecution::getExecutionId).max().orElse(0);
    }

    /**
     * Of the executions, those the repository says are running on a server that is gone, with
     * their status: interrupted, or taken over.
     */
    private Map<Long, String> interrupted(List<JobExecution> executions) {
        Map<Long, Instant> running = new HashMap<>();
        for (JobExecution execution : executions) {
            if (execution.getBatchStatus() == BatchStatus.STARTED
                    || execution.getBatchStatus() == BatchStatus.STARTING) {
                running.put(execution.getExecutionId(), instant(execution.getCreateTime()));
            }
        }
        return running.isEmpty() ? Map.of() : statuses(nodes.interrupted(running));
    }

    /** Interrupted, or taken over by a new execution, by id. */
    private Map<Long, String> statuses(Set<Long> interrupted) {
        if (interrupted.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> takenOver = nodes.takenOver(interrupted);
        Map<Long, String> statuses = new HashMap<>();
        for (long id : interrupted) {
            statuses.put(id, takenOver.containsKey(id) ? JobRun.TAKEN_OVER : JobRun.INTERRUPTED);
        }
        return statuses;
    }

    private static JobRun run(
            JobOperator operator,
            JobInstance instance,
            JobExecution execution,
            Map<Long, String> interrupted,
            long latest) {
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
                interrupted.getOrDefault(
                        execution.getExecutionId(), execution.getBatchStatus().name()),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                read,
                written,
                skipped,
                failure,
                execution.getExecutionId() == latest);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
