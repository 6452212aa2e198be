package it.sportello.jobs.boundary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;

import it.sportello.platform.metrics.Figure;
import it.sportello.platform.metrics.FigureSource;

/**
 * The background jobs for monitoring: their latest executions by outcome, and how long the latest
 * finished one took, as the batch runtime's job repository holds them.
 */
@ApplicationScoped
public class JobFigures implements FigureSource {

    /** How many of a job's latest instances are read; the console shows as many. */
    static final int LATEST = 50;

    @Override
    public List<Figure> figures() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Figure.Value> outcomes = new ArrayList<>();
        List<Figure.Value> durations = new ArrayList<>();
        for (BackgroundJob job : BackgroundJob.values()) {
            List<JobExecution> executions = executions(operator, job);
            Map<String, Long> byStatus = new TreeMap<>();
            executions.forEach(execution -> byStatus.merge(String.valueOf(execution.getBatchStatus()), 1L, Long::sum));
            byStatus.forEach((status, count) ->
                    outcomes.add(new Figure.Value(Map.of("job", job.jobName(), "status", status), count)));
            executions.stream()
                    .filter(execution -> execution.getStartTime() != null && execution.getEndTime() != null)
                    .max(Comparator.comparing(JobExecution::getEndTime))
                    .ifPresent(latest -> durations.add(new Figure.Value(
                            Map.of("job", job.jobName()),
                            Duration.between(
                                                    latest.getStartTime().toInstant(),
                                                    latest.getEndTime().toInstant())
                                            .toMillis()
                                    / 1000.0)));
        }
        return List.of(
                new Figure(
                        "sportello_job_executions",
                        "Executions of the latest " + LATEST + " runs of each job, by outcome",
                        Figure.Kind.GAUGE,
                        outcomes),
                new Figure(
                        "sportello_job_last_duration_seconds",
                        "How long the latest finished execution of each job took",
                        Figure.Kind.GAUGE,
                        durations));
    }

    private static List<JobExecution> executions(JobOperator operator, BackgroundJob job) {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job.jobName(), 0, LATEST);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<JobExecution> executions = new ArrayList<>();
        instances.forEach(instance -> executions.addAll(operator.getJobExecutions(instance)));
        return executions;
    }
}
