package it.sportello.jobs.boundary;

import java.time.Instant;

/**
 * One execution of a job as the console shows it: counts are the sums of its steps' metrics, the
 * failure is what the failed step said.
 */
public record JobRun(
        long executionId,
        long instanceId,
        String job,
        String status,
        Instant start,
        Instant end,
        long read,
        long written,
        long skipped,
        String failure) {

    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
